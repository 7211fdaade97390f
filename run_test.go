package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// logWatch reads the daemon's JSON log lines from a pipe and passes them
// on; it keeps draining after the test stops reading, so logging never
// blocks the daemon.
func logWatch(t *testing.T, r io.Reader) <-chan map[string]any {
	t.Helper()
	records := make(chan map[string]any, 256)
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			var rec map[string]any
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				rec = map[string]any{"msg": "not JSON: " + sc.Text()}
			}
			select {
			case records <- rec:
			default:
			}
		}
	}()
	return records
}

// waitLog returns the first record whose message is msg.
func waitLog(t *testing.T, records <-chan map[string]any, msg string) map[string]any {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case rec := <-records:
			if rec["msg"] == msg {
				return rec
			}
			if rec["level"] == "ERROR" || strings.HasPrefix(rec["msg"].(string), "not JSON") {
				t.Errorf("daemon logged %v", rec)
			}
		case <-timeout:
			t.Fatalf("no %q log line within 10s", msg)
		}
	}
}

// startRun starts the daemon on config and returns its log records and
// the channel its result arrives on.
func startRun(t *testing.T, ctx context.Context, args []string, vars map[string]string) (<-chan map[string]any, <-chan error, *syncBuffer) {
	t.Helper()
	e, stdout, _ := testEnv(vars)
	pr, pw := io.Pipe()
	e.stderr = pw
	done := make(chan error, 1)
	go func() {
		err := run(ctx, args, e)
		pw.Close()
		done <- err
	}()
	return logWatch(t, pr), done, stdout
}

// TestRun starts the daemon (the default command) with no Discord token,
// checks its endpoints and first poll, and stops it by cancelling.
func TestRun(t *testing.T) {
	t.Parallel()
	srv := feedServer(t)
	config := writeConfig(t, srv.URL, "poll_interval: 1h\n")
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	logs, done, stdout := startRun(t, ctx, []string{"--config", config}, map[string]string{"SITREP_LOG_FORMAT": "json"})

	waitLog(t, logs, "no DISCORD_TOKEN: scheduled digests are printed to stdout")
	addr, _ := waitLog(t, logs, "http listening")["addr"].(string)
	if cycle := waitLog(t, logs, "poll cycle"); cycle["new_reports"] != 2.0 || cycle["errors"] != 1.0 {
		t.Errorf("first poll cycle = %v, want 2 new reports and 1 error", cycle)
	}
	if out := stdout.String(); !strings.Contains(out, "Shelling kills 7 civilians in Douma") {
		t.Errorf("daemon did not print the new report:\n%s", out)
	}

	for path, want := range map[string]string{"/healthz": "ok", "/metrics": `sitrep_feed_polls_total{status="ok"} 2`} {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
			t.Errorf("GET %s = %d %q (%v), want 200 with %q", path, resp.StatusCode, body, err, want)
		}
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run after cancel = %v, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("run did not return within 10s of cancellation")
	}
}

// TestRunBotErrorHidesToken runs the daemon against a Discord API that
// rejects the token: run fails, and neither its error nor its logs quote
// the token.
func TestRunBotErrorHidesToken(t *testing.T) {
	t.Parallel()
	const token = "MTIzNDU2Nzg5.secret-test-token"
	discord := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, `{"message": "401: Unauthorized", "code": 0}`)
	}))
	t.Cleanup(discord.Close)
	srv := feedServer(t)
	config := writeConfig(t, srv.URL, "poll_interval: 1h\n")

	e, _, stderr := testEnv(map[string]string{"DISCORD_TOKEN": token, "DISCORD_API_BASE": discord.URL})
	done := make(chan error, 1)
	go func() { done <- run(t.Context(), []string{"run", "--config", config}, e) }()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("run with a rejected token = nil, want an error")
		}
		if strings.Contains(err.Error(), "secret-test-token") || strings.Contains(stderr.String(), "secret-test-token") {
			t.Errorf("the token leaked: error %q, log %q", err, stderr)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("run with a rejected token did not give up within 20s")
	}
}

// TestDigestPrinter checks that the terminal gets the digest at the
// scheduled time in the configured zone, and nothing before.
func TestDigestPrinter(t *testing.T) {
	t.Parallel()
	tests := []struct {
		zone  string
		first time.Duration // after the bubble's start, 2000-01-01 00:00 UTC
	}{
		{"UTC", 7 * time.Hour},
		{"Asia/Dubai", 3 * time.Hour}, // 07:00 at UTC+4
	}
	for _, tt := range tests {
		t.Run(tt.zone, func(t *testing.T) {
			t.Parallel()
			synctest.Test(t, func(t *testing.T) {
				start := time.Now()
				article := digest.Article{
					ID: 1, Feed: "Test Wire", Title: "Shelling kills 7 civilians in Douma",
					Published: start.Add(-time.Hour), FirstSeen: start.Add(-time.Hour),
					Report: digest.Extract(doumaReport, start.Add(-time.Hour)),
				}
				build := func(_ context.Context, w digest.Window, f digest.Filter) (digest.Digest, error) {
					return digest.Build([]digest.Article{article}, nil, w, f), nil
				}
				out := &syncBuffer{}
				cfg := DigestConfig{Schedule: "0 7 * * *", Timezone: tt.zone, Window: 24 * time.Hour}
				p, err := newDigestPrinter(cfg, build, out, slog.New(slog.DiscardHandler))
				if err != nil {
					t.Fatal(err)
				}
				ctx, cancel := context.WithCancel(t.Context())
				done := make(chan error, 1)
				go func() { done <- p.run(ctx) }()

				time.Sleep(tt.first - time.Second)
				synctest.Wait()
				if got := out.String(); got != "" {
					t.Fatalf("printed before the slot:\n%s", got)
				}
				time.Sleep(2 * time.Second)
				synctest.Wait()
				got := out.String()
				if !strings.HasPrefix(got, "Syria digest") || !strings.Contains(got, "Douma") {
					t.Errorf("at the slot printed %q, want the digest with Douma", got)
				}
				cancel()
				if err := <-done; err != nil {
					t.Errorf("run = %v after cancel, want nil", err)
				}
			})
		})
	}
}
