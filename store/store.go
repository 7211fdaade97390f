// Package store keeps sitrep's state in SQLite (modernc.org/sqlite, pure Go):
// feed state, items with their reports, Discord subscriptions, deliveries and
// alerts. It implements feeds.Store and the reads digests and the bot need.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrNotFound is wrapped by errors about a row that does not exist.
var ErrNotFound = errors.New("not found")

// Store is a SQLite database. It is safe for concurrent use.
type Store struct {
	db *sql.DB
	// writer serialises this process's writes: they queue here, in order and
	// cancellably, instead of spinning in SQLite's busy handler. The busy
	// timeout still covers other processes (a CLI run beside the service).
	writer chan struct{}
}

// maxConns bounds the pool: WAL lets readers run beside the one writer.
const maxConns = 4

// Open opens (creating if needed) the database at path and migrates it to
// the current schema.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("store: open: empty path")
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(maxConns)
	db.SetMaxIdleConns(maxConns)
	s := &Store{db: db, writer: make(chan struct{}, 1)}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return s, nil
}

// dsn builds the connection string. Every pooled connection gets the same
// settings: WAL so reads never wait for the writer, a busy timeout for other
// processes, foreign keys, and IMMEDIATE transactions so a transaction takes
// the write lock when it begins rather than failing to upgrade later.
func dsn(path string) string {
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "5000")
	q.Set("_foreign_keys", "on")
	q.Set("_synchronous", "NORMAL") // durable across process crashes in WAL mode
	q.Set("_txlock", "immediate")
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// Close closes the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// write runs fn in one transaction, committing if it returns nil.
func (s *Store) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	select {
	case s.writer <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-s.writer }()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		return errors.Join(err, rollback(tx))
	}
	return tx.Commit()
}

// rollback ignores ErrTxDone: a cancelled context has rolled back already.
func rollback(tx *sql.Tx) error {
	if err := tx.Rollback(); err != nil && !errors.Is(err, sql.ErrTxDone) {
		return err
	}
	return nil
}
