package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestPollDigestAsk polls the invented feeds into a fresh store, then reads
// the store back through digest (every format) and ask.
func TestPollDigestAsk(t *testing.T) {
	t.Parallel()
	srv := feedServer(t)
	config := writeConfig(t, srv.URL, "")

	e, stdout, stderr := testEnv(nil)
	if err := run(t.Context(), []string{"poll", "--config", config}, e); err != nil {
		t.Fatalf("poll = %v (stderr %q), want nil although one feed fails", err, stderr)
	}
	out := stdout.String()
	for _, want := range []string{
		"Shelling kills 7 civilians in Douma", "Seven civilians killed in Douma shelling", "Rif Dimashq",
		"Test Wire ", "Broken Outlet ", "HTTP 500",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("poll output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Beirut club") {
		t.Errorf("poll listed the irrelevant report:\n%s", out)
	}
	checkStatus(t, out, "Test Wire", "ok")
	checkStatus(t, out, "Broken Outlet", "error")

	t.Run("second poll", func(t *testing.T) {
		e, stdout, _ := testEnv(nil)
		if err := run(t.Context(), []string{"poll", "--config", config}, e); err != nil {
			t.Fatalf("poll = %v", err)
		}
		out := stdout.String()
		if !strings.Contains(out, "No new reports.") {
			t.Errorf("second poll found new reports:\n%s", out)
		}
		checkStatus(t, out, "Test Wire", "not modified")
		checkStatus(t, out, "Broken Outlet", "backoff")
	})

	t.Run("digest json", func(t *testing.T) {
		out := runOK(t, "digest", "--config", config, "--since", "24h", "--format", "json")
		var d struct {
			Totals struct {
				Killed          int `json:"killed"`
				KilledCivilians int `json:"killed_civilians"`
			} `json:"totals"`
			ByGovernorate []struct {
				Governorate string `json:"governorate"`
				Killed      int    `json:"killed"`
			} `json:"by_governorate"`
			Incidents []json.RawMessage     `json:"incidents"`
			Previous  *struct{ Killed int } `json:"previous"`
		}
		if err := json.Unmarshal([]byte(out), &d); err != nil {
			t.Fatalf("digest --format json: %v\n%s", err, out)
		}
		// Two outlets carry the one incident: it counts once.
		if d.Totals.Killed != 7 || d.Totals.KilledCivilians != 7 || len(d.Incidents) != 1 {
			t.Errorf("digest totals %+v over %d incidents, want 7 killed, 7 civilians, over 1\n%s", d.Totals, len(d.Incidents), out)
		}
		if len(d.ByGovernorate) != 1 || d.ByGovernorate[0].Governorate != "Rif Dimashq" || d.ByGovernorate[0].Killed != 7 {
			t.Errorf("digest by_governorate = %+v, want Rif Dimashq 7", d.ByGovernorate)
		}
		if d.Previous == nil || d.Previous.Killed != 0 {
			t.Errorf("digest previous = %+v, want the empty window before", d.Previous)
		}
	})

	t.Run("digest discord", func(t *testing.T) {
		out := runOK(t, "digest", "--config", config, "--format", "discord")
		var msgs []map[string]any
		if err := json.Unmarshal([]byte(out), &msgs); err != nil {
			t.Fatalf("digest --format discord is not a JSON array: %v\n%s", err, out)
		}
		if len(msgs) == 0 {
			t.Fatal("digest --format discord printed no messages")
		}
		for i, m := range msgs {
			if _, ok := m["allowed_mentions"]; !ok {
				t.Errorf("message %d has no allowed_mentions: %v", i, m)
			}
		}
	})

	for _, format := range []string{"text", "markdown"} {
		t.Run("digest "+format, func(t *testing.T) {
			if out := runOK(t, "digest", "--config", config, "--format", format); !strings.Contains(out, "Douma") {
				t.Errorf("digest --format %s lacks Douma:\n%s", format, out)
			}
		})
	}

	t.Run("digest filtered out", func(t *testing.T) {
		out := runOK(t, "digest", "--config", config, "--format", "json", "--governorate", "Idlib")
		if !strings.Contains(out, `"killed": 0`) {
			t.Errorf("digest --governorate Idlib counts Douma:\n%s", out)
		}
	})

	t.Run("ask", func(t *testing.T) {
		for _, args := range [][]string{{"latest", "--count", "5"}, {"where", "Douma"}} {
			out := runOK(t, append([]string{"ask", "--config", config}, args...)...)
			if !strings.Contains(out, "Douma") {
				t.Errorf("ask %q lacks Douma:\n%s", args, out)
			}
		}
		e, _, _ := testEnv(nil)
		if err := run(t.Context(), []string{"ask", "--config", config, "nonsense"}, e); err == nil {
			t.Error("ask nonsense = nil, want an error")
		}
	})
}

// runOK runs a command line that must succeed and returns its stdout.
func runOK(t *testing.T, args ...string) string {
	t.Helper()
	e, stdout, stderr := testEnv(nil)
	if err := run(t.Context(), args, e); err != nil {
		t.Fatalf("run(%q) = %v (stderr %q)", args, err, stderr)
	}
	return stdout.String()
}

// checkStatus finds feed's row in poll's status table and checks its status.
func checkStatus(t *testing.T, out, feed, want string) {
	t.Helper()
	for line := range strings.Lines(out) {
		if rest, ok := strings.CutPrefix(line, feed+"  "); ok {
			if got := strings.TrimSpace(rest); !strings.HasPrefix(got, want+"  ") {
				t.Errorf("status of %s = %q, want %q", feed, got, want)
			}
			return
		}
	}
	t.Errorf("poll output has no status row for %s:\n%s", feed, out)
}
