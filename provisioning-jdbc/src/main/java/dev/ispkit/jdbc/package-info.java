/**
 * The provisioning engine's stores on PostgreSQL, for hosts that run their billing on several nodes: the journal
 * with run leases ({@link dev.ispkit.jdbc.PostgresJournal}), server and license claims
 * ({@link dev.ispkit.jdbc.PostgresServerClaims}, {@link dev.ispkit.jdbc.PostgresLicenseClaims}) and an operation
 * queue whose keys hold across nodes ({@link dev.ispkit.jdbc.PostgresOperationQueue}), all from
 * {@link dev.ispkit.jdbc.PostgresStores} over the host's {@link javax.sql.DataSource}. The schema is versioned SQL in
 * this jar ({@link dev.ispkit.jdbc.PostgresSchema}). Plain JDBC: no ORM, no pool, no JSON library.
 */
package dev.ispkit.jdbc;
