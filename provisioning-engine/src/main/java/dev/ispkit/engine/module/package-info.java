/**
 * Processing module settings as validated values, and the choice of a module for a tariff: lowest sort first, the
 * next one when the first has no capacity.
 */
package dev.ispkit.engine.module;
