/**
 * Queue keys and the operation queue (seed 002): panel operations with the same queue key run one after another in
 * submission order, operations with different keys run in parallel on a bounded pool.
 *
 * <p>A processing module's {@link dev.ispkit.engine.queue.QueueSettings} turn an operation into a
 * {@link dev.ispkit.engine.queue.QueueKey}; an {@link dev.ispkit.engine.queue.OperationQueue} runs it.
 */
package dev.ispkit.engine.queue;
