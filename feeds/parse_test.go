package feeds

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestParseGolden(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"rss2.xml", "atom.xml", "rss1.xml", "feed.json"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			body, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			items, err := Parse("https://dispatch.example/feed.xml", bytes.NewReader(body))
			if err != nil {
				t.Fatalf("Parse(%s) error: %v", name, err)
			}
			got, err := json.MarshalIndent(items, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", strings.TrimSuffix(name, filepath.Ext(name))+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Parse(%s) =\n%s\nwant\n%s", name, got, want)
			}
		})
	}
}

func TestParseKeepsOneOfDuplicateGUIDs(t *testing.T) {
	t.Parallel()
	body, err := os.ReadFile("testdata/rss2.xml")
	if err != nil {
		t.Fatal(err)
	}
	items, err := Parse("https://dispatch.example/feed.xml", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var n int
	for _, it := range items {
		if it.GUID == "dispatch-1001" {
			n++
			if !strings.Contains(it.Text, "Kafr Nabl") {
				t.Errorf("kept item text %q, want the first item's content:encoded", it.Text)
			}
		}
	}
	if n != 1 {
		t.Errorf("items with GUID dispatch-1001 = %d, want 1", n)
	}
}

func TestParseErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, body, wantMsg string
	}{
		{"malformed XML", mustRead(t, "testdata/malformed.xml"), "not a readable feed"},
		{"HTML page", mustRead(t, "testdata/page.html"), "HTML page"},
		{"empty", "", "no RSS, Atom or JSON Feed root"},
		{"plain text", "404 page not found\n", "no RSS, Atom or JSON Feed root"},
		{"bad JSON", `{"version": "https://jsonfeed.org/version/1.1", "items": [`, "not a readable feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			items, err := Parse("https://x.example/feed", strings.NewReader(tt.body))
			if err == nil {
				t.Fatalf("Parse(%q) = %d items, want an error", tt.name, len(items))
			}
			if !errors.Is(err, errParse) || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("Parse(%q) error = %v, want errParse mentioning %q", tt.name, err, tt.wantMsg)
			}
		})
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"rss2.xml", "atom.xml", "rss1.xml", "feed.json", "malformed.xml", "page.html", "windows1256.xml", "latin1.xml"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		items, err := Parse("https://x.example/feed", bytes.NewReader(body))
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, it := range items {
			if it.Hash == "" || seen[it.Hash] {
				t.Fatalf("Parse: item hash %q empty or repeated", it.Hash)
			}
			seen[it.Hash] = true
		}
	})
}
