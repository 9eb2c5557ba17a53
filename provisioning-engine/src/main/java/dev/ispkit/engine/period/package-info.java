/**
 * License periods and the period mapping rules (seed 004): for how long a license is bought or prolonged when its
 * service is ordered for a given period.
 */
package dev.ispkit.engine.period;
