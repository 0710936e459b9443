package org.safeguarding.audit.run;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This process as one of the instances that run audits. It holds a session-level advisory lock on
 * its id, on a connection of its own, for as long as it lives: when the process dies its
 * connection closes and the lock goes, so every other instance can tell exactly (not after a
 * time-out) that the runs it had are orphaned.
 */
@Component
public class EngineInstance implements DisposableBean {

	/** The advisory locks' first key: the namespace of instance locks. */
	static final int LOCK_CLASS = 1297;

	/** SQL true when the instance whose id is the expression {@code %s} is alive. */
	static final String ALIVE = """
			exists (select 1 from pg_locks l where l.locktype = 'advisory' and l.granted and l.objsubid = 2
			    and l.database = (select oid from pg_database where datname = current_database())
			    and l.classid = %d and l.objid = (%%s)::oid)""".formatted(LOCK_CLASS);

	private static final Logger log = LoggerFactory.getLogger(EngineInstance.class);

	private final DataSource dataSource;

	private Connection connection;

	private Long id;

	public EngineInstance(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** This instance's id, registering it (and taking its lock) the first time. */
	public synchronized long id() {
		if (this.id == null) {
			try {
				this.connection = this.dataSource.getConnection();
				this.connection.setAutoCommit(true);
				this.id = register(this.connection);
				lock(this.connection, this.id);
				log.info("Instance {} ({} pid {})", this.id, host(), ProcessHandle.current().pid());
			}
			catch (SQLException ex) {
				throw new IllegalStateException("cannot register this instance: " + ex.getMessage(), ex);
			}
		}
		return this.id;
	}

	/**
	 * Makes sure the lock is still held, taking it again on a new connection if the old one was
	 * lost (a database restart): otherwise this instance would look dead to the others.
	 */
	public synchronized void keepAlive() {
		if (this.id == null) {
			return;
		}
		try {
			if (this.connection.isValid(5)) {
				return;
			}
			log.warn("Instance {} lost its database connection; taking its lock again", this.id);
			close();
			this.connection = this.dataSource.getConnection();
			this.connection.setAutoCommit(true);
			lock(this.connection, this.id);
		}
		catch (SQLException ex) {
			log.warn("Instance {} cannot reach the database to keep its lock: {}", this.id, ex.getMessage());
		}
	}

	@Override
	public synchronized void destroy() {
		close();
	}

	private void close() {
		if (this.connection != null) {
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				// The lock goes with the connection either way.
			}
			this.connection = null;
		}
	}

	private static long register(Connection connection) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into engine_instance (host, pid, started_at) values (?, ?, ?) returning id")) {
			insert.setString(1, host());
			insert.setLong(2, ProcessHandle.current().pid());
			insert.setObject(3, OffsetDateTime.now());
			try (ResultSet rs = insert.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static void lock(Connection connection, long id) throws SQLException {
		lock(connection, LOCK_CLASS, id);
	}

	/**
	 * Takes PostgreSQL's session advisory lock ({@code lockClass}, {@code id}) on the connection,
	 * waiting for it: held while the connection lives, so others learn that its holder is alive.
	 */
	public static void lock(Connection connection, int lockClass, long id) throws SQLException {
		try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?, ?)")) {
			lock.setInt(1, lockClass);
			lock.setInt(2, Math.toIntExact(id));
			lock.execute();
		}
	}

	/** This machine's name, as logs and the instances' table name a process. */
	public static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return ManagementFactory.getRuntimeMXBean().getName();
		}
	}
}
