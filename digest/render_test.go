package digest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/digests")

// fixtureWindow is the day the fixtures in testdata/digests report.
var fixtureWindow = Window{
	From: time.Date(2019, 12, 19, 0, 0, 0, 0, time.UTC),
	To:   time.Date(2019, 12, 20, 0, 0, 0, 0, time.UTC),
}

func readArticles(t testing.TB, name string) []Article {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "digests", name))
	if err != nil {
		t.Fatal(err)
	}
	var out []Article
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return out
}

func fixtureDigest(t testing.TB, f Filter) Digest {
	t.Helper()
	return Build(readArticles(t, "current.json"), readArticles(t, "previous.json"), fixtureWindow, f)
}

// checkGolden compares got with testdata/digests/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "digests", name)
	if *updateGolden {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it); got:\n%s", name, got)
	}
}

func TestRenderGolden(t *testing.T) {
	t.Parallel()
	discordJSON := func(d Digest) ([]byte, error) {
		b, err := json.MarshalIndent(d.Discord(), "", "  ")
		return append(b, '\n'), err
	}
	renderings := []struct {
		ext    string
		render func(Digest) ([]byte, error)
	}{
		{"txt", func(d Digest) ([]byte, error) { return []byte(d.Text()), nil }},
		{"md", func(d Digest) ([]byte, error) { return []byte(d.Markdown()), nil }},
		{"json", Digest.JSON},
		{"discord.json", discordJSON},
	}
	digests := []struct {
		name   string
		filter Filter
	}{
		{"all", Filter{}},
		{"idlib", Filter{Governorate: "idlib"}},
		{"empty", Filter{Place: "Nowhere"}},
	}
	for _, dg := range digests {
		d := fixtureDigest(t, dg.filter)
		for _, r := range renderings {
			name := dg.name + "." + r.ext + ".golden"
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				got, err := r.render(d)
				if err != nil {
					t.Fatal(err)
				}
				checkGolden(t, name, got)
			})
		}
	}
}

func TestDiscordFixtureValid(t *testing.T) {
	t.Parallel()
	for _, m := range fixtureDigest(t, Filter{}).Discord() {
		if err := m.Validate(); err != nil {
			t.Error(err)
		}
	}
}
