package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const doumaReport = "Shelling killed 7 civilians in Douma on Tuesday, the Observatory said."

func TestExtract(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "article.txt")
	if err := os.WriteFile(file, []byte(doumaReport), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		stdin string
	}{
		{"stdin", []string{"extract", "--published", "2025-11-20"}, doumaReport},
		{"file", []string{"extract", "--published", "2025-11-20", file}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e, stdout, _ := testEnv(nil)
			e.stdin = strings.NewReader(tt.stdin)
			if err := run(t.Context(), tt.args, e); err != nil {
				t.Fatalf("run(%q) = %v", tt.args, err)
			}
			var rep struct {
				Relevant        bool   `json:"relevant"`
				Published       string `json:"published"`
				Killed          *int   `json:"killed"`
				KilledCivilians *int   `json:"killed_civilians"`
				Places          []struct{ Name, Governorate string }
			}
			if err := json.Unmarshal([]byte(stdout.String()), &rep); err != nil {
				t.Fatalf("extract output is not a report: %v\n%s", err, stdout)
			}
			if !rep.Relevant || rep.Published != "2025-11-20" || rep.Killed == nil || *rep.Killed != 7 ||
				rep.KilledCivilians == nil || *rep.KilledCivilians != 7 {
				t.Errorf("extract = %s, want relevant, published 2025-11-20, killed 7, killed_civilians 7", stdout)
			}
			if len(rep.Places) == 0 || rep.Places[0].Name != "Douma" || rep.Places[0].Governorate != "Rif Dimashq" {
				t.Errorf("extract places = %+v, want Douma, Rif Dimashq", rep.Places)
			}
		})
	}
}

func TestExtractBadArguments(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"extract", "--published", "20 Nov"},
		{"extract", "a.txt", "b.txt"},
		{"eval"},
	} {
		e, _, _ := testEnv(nil)
		if err := run(t.Context(), args, e); exitStatus(err) != 2 {
			t.Errorf("run(%q) = %v, want a usage error", args, err)
		}
	}
}

// TestExtractJSONL checks that one result comes out per input line, in
// order, and that bad lines yield an error without stopping the rest.
func TestExtractJSONL(t *testing.T) {
	t.Parallel()
	in := strings.Join([]string{
		`{"id":"a","published":"2025-11-20","text":"` + doumaReport + `"}`,
		`this is not JSON`,
		`{"id":3,"published":"20/11/2025","text":"` + doumaReport + `"}`,
		``,
		`{"id":"d","published":"2025-11-20T08:00:00Z"}`,
		`{"id":"e","published":"2025-11-20","text":"A Beirut football club won the national cup on Tuesday."}`,
	}, "\n")
	e, stdout, _ := testEnv(nil)
	e.stdin = strings.NewReader(in)
	if err := run(t.Context(), []string{"extract", "--jsonl"}, e); err != nil {
		t.Fatalf("extract --jsonl = %v", err)
	}
	want := []struct {
		id       string
		bad      bool
		killed   int
		relevant bool
	}{
		{`"a"`, false, 7, true},
		{`null`, true, 0, false},
		{`3`, true, 0, false},
		{`"d"`, true, 0, false},
		{`"e"`, false, 0, false},
	}
	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("extract --jsonl wrote %d lines, want %d:\n%s", len(lines), len(want), stdout)
	}
	for i, line := range lines {
		var got struct {
			ID       json.RawMessage `json:"id"`
			Error    string          `json:"error"`
			Relevant bool            `json:"relevant"`
			Killed   *int            `json:"killed"`
		}
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d is not JSON: %v: %s", i+1, err, line)
		}
		w := want[i]
		if string(got.ID) != w.id || (got.Error != "") != w.bad {
			t.Errorf("line %d = %s, want id %s and error %v", i+1, line, w.id, w.bad)
		}
		if !w.bad && (got.Relevant != w.relevant || got.Killed == nil || *got.Killed != w.killed) {
			t.Errorf("line %d = %s, want relevant %v, killed %d", i+1, line, w.relevant, w.killed)
		}
	}
}

func TestEval(t *testing.T) {
	t.Parallel()
	out := runOK(t, "eval", filepath.Join("testdata", "e2e", "gold.jsonl"))
	for _, want := range []string{"rows                  3", "killed exact", "governorate F1"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
	strict := runOK(t, "eval", "--strict", filepath.Join("testdata", "e2e", "gold.jsonl"))
	if !strings.Contains(strict, "rows                  2") {
		t.Errorf("eval --strict should keep the 2 rows that state their number:\n%s", strict)
	}
}

func TestEvalMalformed(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "gold.jsonl")
	body := `{"id":"ok","published":"2025-11-20","text":"x","gold":{}}` + "\n{broken\n"
	if err := os.WriteFile(file, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	e, _, _ := testEnv(nil)
	err := run(t.Context(), []string{"eval", file}, e)
	if err == nil || !strings.Contains(err.Error(), file+":2") {
		t.Fatalf("eval of a file with a broken line 2 = %v, want an error naming %s:2", err, file)
	}
}

// TestEvalCorpus scores the extractor on the shared UCDP headlines, which
// live beside the repository and are absent from a bare clone.
func TestEvalCorpus(t *testing.T) {
	t.Parallel()
	corpus := filepath.Join("..", "shared", "corpus", "events-ucdp.jsonl")
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("shared corpus not present beside the repository (%v)", err)
	}
	out := runOK(t, "eval", "--strict", corpus)
	if !strings.Contains(out, "killed exact") || strings.Contains(out, "rows                  0\n") {
		t.Errorf("eval --strict %s scored no rows:\n%s", corpus, out)
	}
}
