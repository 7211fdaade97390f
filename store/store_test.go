package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/digest"
	"github.com/sitrep/sitrep/feeds"
)

// t0 is a fixed instant the fixtures are dated from.
var t0 = time.Date(2025, 3, 10, 12, 0, 0, 0, time.UTC)

func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(t.Context(), filepath.Join(t.TempDir(), "sitrep.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func report(relevant bool, killed int, governorates ...string) *digest.Report {
	r := &digest.Report{Relevant: relevant, Killed: &killed, Summary: "fixture"}
	for _, g := range governorates {
		r.Places = append(r.Places, digest.Place{Name: g + " city", Governorate: g})
	}
	return r
}

func item(hash string, published time.Time, r *digest.Report) feeds.Item {
	return feeds.Item{Hash: hash, GUID: "guid-" + hash, Link: "https://example.org/" + hash, Title: "Title " + hash,
		Published: published, Report: r, Fingerprint: 1<<63 | 42}
}

func poll(name, url string, at time.Time, items ...feeds.Item) feeds.Poll {
	return feeds.Poll{
		Feed:  feeds.Feed{Name: name, URL: url},
		State: feeds.State{ETag: `"v1"`, LastAttempt: at, LastSuccess: at},
		Items: items,
		At:    at,
	}
}

func commit(t testing.TB, s *Store, p feeds.Poll) int {
	t.Helper()
	n, err := s.CommitPoll(t.Context(), p)
	if err != nil {
		t.Fatalf("CommitPoll: %v", err)
	}
	return n
}

func count(t *testing.T, s *Store, query string, args ...any) int {
	t.Helper()
	var n int
	if err := s.db.QueryRowContext(t.Context(), query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func hashes(as []digest.Article) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Link[len("https://example.org/"):])
	}
	return out
}

func TestOpenTwiceIsNoOp(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "sitrep.db")
	open := func() *Store {
		s, err := Open(t.Context(), path)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		return s
	}
	s := open()
	commit(t, s, poll("A", "https://a.example/feed", t0, item("h1", t0, report(true, 3, "Idlib"))))
	var applied string
	if err := s.db.QueryRow(`SELECT applied_at FROM schema_migrations WHERE version = 1`).Scan(&applied); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s = open()
	defer s.Close()
	if n := count(t, s, `SELECT COUNT(*) FROM schema_migrations`); n != len(migrations) {
		t.Errorf("schema_migrations has %d rows, want %d", n, len(migrations))
	}
	if n := count(t, s, `SELECT COUNT(*) FROM schema_migrations WHERE applied_at = ?`, applied); n != 1 {
		t.Errorf("reopening re-applied migration 1")
	}
	if n := count(t, s, `SELECT COUNT(*) FROM items`); n != 1 {
		t.Errorf("items after reopen = %d, want 1", n)
	}
	var mode string
	if err := s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
}

func TestOpenPathNeedingEscapes(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "my data #1?.db")
	s, err := Open(t.Context(), path)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not created at %q: %v", path, err)
	}
}

func TestOpenRejectsNewerSchema(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "sitrep.db")
	s, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, 'x')`, len(migrations)+1); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err := Open(t.Context(), path); err == nil {
		s.Close()
		t.Fatal("Open of a newer schema succeeded, want an error")
	}
}

func TestFeedStateRoundTrip(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	const url = "https://a.example/feed"
	if _, ok, err := s.FeedState(t.Context(), url); ok || err != nil {
		t.Fatalf("FeedState of a new feed = ok %v, err %v; want false, nil", ok, err)
	}
	beirut := time.FixedZone("EET", 2*3600)
	want := feeds.State{
		ETag: `W/"abc"`, LastModified: "Mon, 10 Mar 2025 11:00:00 GMT",
		LastAttempt: t0.Add(time.Nanosecond).In(beirut), LastSuccess: t0.Add(-time.Hour),
		NextAttempt: t0.Add(10 * time.Minute), Failures: 2, LastError: "feeds: fetch: 503",
	}
	p := poll("A", url, t0)
	p.State = want
	commit(t, s, p)
	got, ok, err := s.FeedState(t.Context(), url)
	if err != nil || !ok {
		t.Fatalf("FeedState = ok %v, err %v", ok, err)
	}
	for _, tt := range []struct {
		name      string
		got, want time.Time
	}{
		{"LastAttempt", got.LastAttempt, want.LastAttempt},
		{"LastSuccess", got.LastSuccess, want.LastSuccess},
		{"NextAttempt", got.NextAttempt, want.NextAttempt},
	} {
		if !tt.got.Equal(tt.want) || tt.got.Location() != time.UTC {
			t.Errorf("%s = %v, want %v in UTC", tt.name, tt.got, tt.want)
		}
	}
	if got.ETag != want.ETag || got.LastModified != want.LastModified || got.Failures != 2 || got.LastError != want.LastError {
		t.Errorf("FeedState = %+v, want %+v", got, want)
	}

	// A zero time stays zero ("never").
	p.State = feeds.State{}
	commit(t, s, p)
	if got, _, _ := s.FeedState(t.Context(), url); !got.LastSuccess.IsZero() || got.ETag != "" {
		t.Errorf("FeedState after a cleared state = %+v, want zero", got)
	}
}

func TestCommitPollThenSeen(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	const a, b = "https://a.example/feed", "https://b.example/feed"
	n := commit(t, s, poll("A", a, t0,
		item("h1", t0, report(true, 3, "Idlib")),
		item("h2", time.Time{}, nil),             // seen only
		item("h1", t0, report(true, 3, "Idlib")), // repeated within the poll
	))
	if n != 2 {
		t.Errorf("CommitPoll inserted %d, want 2", n)
	}
	seen, err := s.Seen(t.Context(), a, []string{"h1", "h2", "h3"})
	if err != nil {
		t.Fatal(err)
	}
	if !seen["h1"] || !seen["h2"] || seen["h3"] || len(seen) != 2 {
		t.Errorf("Seen(a) = %v, want h1 and h2", seen)
	}
	// Hashes are per feed.
	if seen, err := s.Seen(t.Context(), b, []string{"h1"}); err != nil || len(seen) != 0 {
		t.Errorf("Seen(b) = %v, %v; want empty", seen, err)
	}
	if seen, err := s.Seen(t.Context(), a, nil); err != nil || len(seen) != 0 {
		t.Errorf("Seen(nil) = %v, %v; want empty", seen, err)
	}
}

func TestCommitPollTwiceInsertsOnce(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	p := poll("A", "https://a.example/feed", t0, item("h1", t0, report(true, 3, "Idlib", "Aleppo")), item("h2", t0, nil))
	if n := commit(t, s, p); n != 2 {
		t.Errorf("first CommitPoll inserted %d, want 2", n)
	}
	if n := commit(t, s, p); n != 0 {
		t.Errorf("second CommitPoll inserted %d, want 0", n)
	}
	if n := count(t, s, `SELECT COUNT(*) FROM items`); n != 2 {
		t.Errorf("items = %d, want 2", n)
	}
	if n := count(t, s, `SELECT COUNT(*) FROM item_governorates`); n != 2 {
		t.Errorf("item_governorates = %d, want 2", n)
	}
}

func TestCommitPollCancelledBeforeCommit(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	p := poll("A", "https://a.example/feed", t0, item("h1", t0, report(true, 3, "Idlib")), item("h2", t0, nil))

	// The poll is written inside the transaction, then the context ends
	// before the commit: as if the process died there.
	ctx, cancel := context.WithCancel(t.Context())
	err := s.write(ctx, func(tx *sql.Tx) error {
		n, err := writePoll(ctx, tx, p)
		if err != nil || n != 2 {
			t.Errorf("writePoll = %d, %v; want 2, nil", n, err)
		}
		cancel()
		return nil
	})
	if err == nil {
		t.Fatal("commit after cancel succeeded, want an error")
	}
	if _, ok, err := s.FeedState(t.Context(), p.Feed.URL); ok || err != nil {
		t.Errorf("FeedState after a cancelled poll = ok %v, err %v; want nothing", ok, err)
	}
	if n := count(t, s, `SELECT COUNT(*) FROM items`); n != 0 {
		t.Errorf("items after a cancelled poll = %d, want 0", n)
	}

	// An already-cancelled context writes nothing either.
	if _, err := s.CommitPoll(ctx, p); err == nil {
		t.Error("CommitPoll with a cancelled context succeeded")
	}

	// The rerun stores everything, once.
	if n := commit(t, s, p); n != 2 {
		t.Errorf("rerun inserted %d, want 2", n)
	}
	if n := count(t, s, `SELECT COUNT(*) FROM items`); n != 2 {
		t.Errorf("items after the rerun = %d, want 2", n)
	}
}

func TestCommitPollRejects(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	for _, tt := range []struct {
		name string
		p    feeds.Poll
	}{
		{"no url", poll("A", "", t0)},
		{"no time", poll("A", "https://a.example/feed", time.Time{})},
		{"item without hash", poll("A", "https://a.example/feed", t0, item("", t0, nil))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.CommitPoll(t.Context(), tt.p); err == nil {
				t.Errorf("CommitPoll(%s) succeeded, want an error", tt.name)
			}
		})
	}
}

func TestFeedStatusesFollowRenames(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	const url = "https://a.example/feed"
	commit(t, s, poll("Old name", url, t0, item("h1", t0, report(true, 3, "Idlib")), item("h2", t0, report(false, 0))))
	p := poll("New name", url, t0.Add(time.Hour), item("h3", t0, nil))
	p.State.Failures, p.State.LastError = 1, "timeout"
	commit(t, s, p)
	commit(t, s, poll("Another", "https://b.example/feed", t0))

	got, err := s.FeedStatuses(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("FeedStatuses = %+v, want 2 feeds", got)
	}
	if got[0].Name != "Another" || got[0].Items != 0 || got[0].Reports != 0 {
		t.Errorf("FeedStatuses[0] = %+v, want Another with nothing", got[0])
	}
	st := got[1]
	if st.Name != "New name" || st.URL != url || st.Items != 3 || st.Reports != 1 || st.Failures != 1 ||
		st.LastError != "timeout" || !st.LastAttempt.Equal(t0.Add(time.Hour)) {
		t.Errorf("FeedStatuses[1] = %+v, want New name, 3 items, 1 report, 1 failure", st)
	}
	as, err := s.Articles(t.Context(), t0, t0.Add(time.Second))
	if err != nil || len(as) != 2 || as[0].Feed != "New name" {
		t.Errorf("Articles after rename = %+v, %v; want 2 under New name", as, err)
	}
}

func TestArticlesWindow(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	from, to := t0, t0.Add(24*time.Hour)
	commit(t, s, poll("A", "https://a.example/feed", t0.Add(30*time.Hour),
		item("before", from.Add(-time.Nanosecond), report(true, 1)),
		item("at-from", from, report(false, 0)), // irrelevant reports are articles too
		item("late", to.Add(-time.Nanosecond), report(true, 1)),
		item("middle", from.Add(time.Hour).In(time.FixedZone("X", -5*3600)), report(true, 1)),
		item("at-to", to, report(true, 1)),
		item("seen-only", from.Add(time.Hour), nil),
	))
	// An undated item counts at its first-seen time.
	commit(t, s, poll("A", "https://a.example/feed", from.Add(2*time.Hour), item("undated", time.Time{}, report(true, 1))))

	got, err := s.Articles(t.Context(), from, to)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"at-from", "middle", "undated", "late"}
	if g := hashes(got); !slices.Equal(g, want) {
		t.Errorf("Articles = %v, want %v", g, want)
	}
	a := got[2]
	if !a.Published.Equal(from.Add(2*time.Hour)) || !a.FirstSeen.Equal(a.Published) || a.Published.Location() != time.UTC {
		t.Errorf("undated article: published %v, first seen %v; want both %v UTC", a.Published, a.FirstSeen, from.Add(2*time.Hour))
	}
	m := got[1]
	if m.Fingerprint != 1<<63|42 || m.Title != "Title middle" || m.Feed != "A" || !m.FirstSeen.Equal(t0.Add(30*time.Hour)) {
		t.Errorf("article = %+v", m)
	}
	if m.Report.Killed == nil || *m.Report.Killed != 1 || m.Report.Summary != "fixture" {
		t.Errorf("article report = %+v, want the stored one", m.Report)
	}
	if got, err := s.Articles(t.Context(), to, to); err != nil || len(got) != 0 {
		t.Errorf("Articles of an empty window = %v, %v", got, err)
	}
}

func TestLatestArticles(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	commit(t, s, poll("A", "https://a.example/feed", t0,
		item("idlib-old", t0.Add(-3*time.Hour), report(true, 2, "Idlib")),
		item("aleppo", t0.Add(-2*time.Hour), report(true, 5, "Aleppo")),
		item("idlib-new", t0.Add(-time.Hour), report(true, 1, "Aleppo", "Idlib")),
		item("irrelevant", t0, report(false, 0, "Idlib")),
		item("seen-only", t0, nil),
	))
	for _, tt := range []struct {
		governorate string
		limit       int
		want        []string
	}{
		{"", 10, []string{"idlib-new", "aleppo", "idlib-old"}},
		{"", 2, []string{"idlib-new", "aleppo"}},
		{"Idlib", 10, []string{"idlib-new", "idlib-old"}},
		{"idlib", 1, []string{"idlib-new"}},
		{"Homs", 10, nil},
	} {
		t.Run(fmt.Sprintf("%s/%d", tt.governorate, tt.limit), func(t *testing.T) {
			got, err := s.LatestArticles(t.Context(), tt.limit, tt.governorate)
			if err != nil {
				t.Fatal(err)
			}
			if g := hashes(got); !slices.Equal(g, tt.want) {
				t.Errorf("LatestArticles(%d, %q) = %v, want %v", tt.limit, tt.governorate, g, tt.want)
			}
		})
	}
	if _, err := s.LatestArticles(t.Context(), 0, ""); err == nil {
		t.Error("LatestArticles(0) succeeded, want an error")
	}
}

func TestCorruptReportNamesItem(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	commit(t, s, poll("A", "https://a.example/feed", t0, item("good", t0, report(true, 1)), item("bad", t0, report(true, 1))))
	var id int64
	if err := s.db.QueryRow(`UPDATE items SET report = '{"killed": "many' WHERE hash = 'bad' RETURNING id`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("item %d", id)
	if _, err := s.Articles(t.Context(), t0, t0.Add(time.Hour)); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Articles over a corrupt report: err = %v, want one naming %q", err, want)
	}
	if _, err := s.LatestArticles(t.Context(), 10, ""); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("LatestArticles over a corrupt report: err = %v, want one naming %q", err, want)
	}
}

// TestConcurrentUse runs polls, reads and alerts at once: WAL, the write
// queue and the busy timeout must keep every call from failing.
func TestConcurrentUse(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	const workers, polls = 4, 10
	var wg sync.WaitGroup
	errs := make(chan error, workers*polls*3)
	for w := range workers {
		wg.Go(func() {
			url := fmt.Sprintf("https://%d.example/feed", w)
			for i := range polls {
				h := fmt.Sprintf("%d-%d", w, i)
				if _, err := s.CommitPoll(t.Context(), poll("F", url, t0, item(h, t0, report(true, 1, "Idlib")))); err != nil {
					errs <- err
				}
				if _, err := s.LatestArticles(t.Context(), 5, "Idlib"); err != nil {
					errs <- err
				}
				if _, err := s.MarkAlerted(t.Context(), "c", h, t0); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got, err := s.Articles(t.Context(), t0, t0.Add(time.Second)); err != nil || len(got) != workers*polls {
		t.Errorf("Articles = %d, %v; want %d", len(got), err, workers*polls)
	}
}
