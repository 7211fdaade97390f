package main

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"text/template"
	"time"
)

// syncBuffer is a bytes.Buffer that the daemon's goroutines and the test
// may use at once.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// testEnv is a process environment with the given variables and captured
// output streams.
func testEnv(vars map[string]string) (env, *syncBuffer, *syncBuffer) {
	stdout, stderr := &syncBuffer{}, &syncBuffer{}
	return env{
		stdin:  strings.NewReader(""),
		stdout: stdout,
		stderr: stderr,
		getenv: func(k string) string { return vars[k] },
	}, stdout, stderr
}

// feedServer serves the invented feeds of testdata/e2e, dated an hour ago,
// with an ETag so that a second poll is answered 304, and a feed that fails.
func feedServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	published := time.Now().Add(-time.Hour).UTC()
	for _, name := range []string{"wire.xml", "copy.xml"} {
		tmpl, err := template.ParseFiles(filepath.Join("testdata", "e2e", name))
		if err != nil {
			t.Fatal(err)
		}
		var body bytes.Buffer
		err = tmpl.Execute(&body, map[string]string{"Base": srv.URL, "Published": published.Format(time.RFC1123Z)})
		if err != nil {
			t.Fatal(err)
		}
		mux.HandleFunc("/"+name, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Header().Set("ETag", `"`+name+`-1"`)
			http.ServeContent(w, r, name, published, bytes.NewReader(body.Bytes()))
		})
	}
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "out of order", http.StatusInternalServerError)
	})
	return srv
}

// writeConfig writes a configuration with a store in a temp dir, polling
// the feeds of feedServer at base, plus extra top-level YAML.
func writeConfig(t *testing.T, base, extra string) string {
	t.Helper()
	dir := t.TempDir()
	cfg := fmt.Sprintf(`store: %s
http_addr: 127.0.0.1:0
backfill: 48h
feeds:
  - name: Test Wire
    url: %s/wire.xml
  - name: Test Copy
    url: %s/copy.xml
  - name: Broken Outlet
    url: %s/broken.xml
%s`, filepath.Join(dir, "sitrep.db"), base, base, base, extra)
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestUsage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		args     []string
		vars     map[string]string
		wantCode int // 0: no error
		wantOut  string
	}{
		{"help", []string{"help"}, nil, 0, "sitrep poll"},
		{"unknown command", []string{"frobnicate"}, nil, 2, ""},
		{"unknown flag", []string{"digest", "--nope"}, nil, 2, ""},
		{"bad format", []string{"digest", "--format", "yaml"}, nil, 2, ""},
		{"negative since", []string{"digest", "--since", "-1h"}, nil, 2, ""},
		{"flag help", []string{"poll", "-h"}, nil, 2, ""},
		{"poll arguments", []string{"poll", "extra"}, nil, 2, ""},
		{"bad log format", []string{"run"}, map[string]string{"SITREP_LOG_FORMAT": "xml"}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e, stdout, _ := testEnv(tt.vars)
			err := run(t.Context(), tt.args, e)
			if code := exitStatus(err); code != tt.wantCode {
				t.Fatalf("run(%q) = %v (exit %d), want exit %d", tt.args, err, code, tt.wantCode)
			}
			if !strings.Contains(stdout.String(), tt.wantOut) {
				t.Errorf("run(%q) printed %q, want it to contain %q", tt.args, stdout, tt.wantOut)
			}
		})
	}
}

// exitStatus is main's exit status for err.
func exitStatus(err error) int {
	if err == nil {
		return 0
	}
	return exitCode(err)
}

// TestBadConfig checks that every command that reads the config fails
// with the file and the key named.
func TestBadConfig(t *testing.T) {
	t.Parallel()
	configs := []struct {
		name, yaml, wantKey string
	}{
		{"unknown key", "poll_intervl: 5m\nfeeds: [{name: A, url: 'http://127.0.0.1:9/a'}]\n", "poll_intervl"},
		{"bad address", "http_addr: nowhere\nfeeds: [{name: A, url: 'http://127.0.0.1:9/a'}]\n", "http_addr"},
		{"no feeds", "poll_interval: 5m\n", "feeds"},
		{"token in file", "discord: {token: abc}\nfeeds: [{name: A, url: 'http://127.0.0.1:9/a'}]\n", "discord.token"},
		{"bad schedule", "digest: {schedule: 'at seven'}\nfeeds: [{name: A, url: 'http://127.0.0.1:9/a'}]\n", "digest.schedule"},
	}
	for _, cmd := range []string{"run", "poll", "digest", "ask"} {
		for _, c := range configs {
			t.Run(cmd+"/"+c.name, func(t *testing.T) {
				t.Parallel()
				path := filepath.Join(t.TempDir(), "config.yaml")
				if err := os.WriteFile(path, []byte(c.yaml), 0o600); err != nil {
					t.Fatal(err)
				}
				e, _, _ := testEnv(nil)
				args := []string{cmd, "--config", path}
				if cmd == "ask" {
					args = append(args, "latest")
				}
				err := run(t.Context(), args, e)
				if err == nil || exitCode(err) == 0 {
					t.Fatalf("run(%q) = %v, want an error", args, err)
				}
				if !strings.Contains(err.Error(), c.wantKey) || !strings.Contains(err.Error(), path) {
					t.Errorf("run(%q) = %q, want it to name %s and the file", args, err, c.wantKey)
				}
			})
		}
	}
}

func TestMissingConfigFile(t *testing.T) {
	t.Parallel()
	e, _, _ := testEnv(nil)
	path := filepath.Join(t.TempDir(), "absent.yaml")
	err := run(t.Context(), []string{"poll", "--config", path}, e)
	if !errors.Is(err, os.ErrNotExist) || exitCode(err) != 1 {
		t.Fatalf("poll --config %s = %v, want a not-exist error (exit 1)", path, err)
	}
}
