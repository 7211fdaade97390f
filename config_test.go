package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/feeds"
)

// minimal is the smallest valid configuration.
const minimal = "feeds:\n  - name: A\n    url: https://a.example/feed\n"

func TestDefaultConfigParses(t *testing.T) {
	t.Parallel()
	c, err := LoadConfig("")
	if err != nil {
		t.Fatalf("LoadConfig(\"\"): %v", err)
	}
	// config.yaml spells out the defaults for readers: they must match.
	want := defaults()
	want.Feeds = c.Feeds
	if !reflect.DeepEqual(c, want) {
		t.Errorf("built-in config = %+v\nwant defaults %+v", c, want)
	}
	if len(c.Feeds) < 10 {
		t.Errorf("built-in config has %d feeds, want the dozen outlets", len(c.Feeds))
	}
	for _, f := range c.Feeds {
		if !strings.HasPrefix(f.URL, "https://") {
			t.Errorf("default feed %s: %s is not https", f.Name, f.URL)
		}
	}
	if string(DefaultConfig()) != string(defaultConfigYAML) {
		t.Error("DefaultConfig() is not the embedded config.yaml")
	}
}

func TestParseConfigDefaults(t *testing.T) {
	t.Parallel()
	c, err := ParseConfig("min.yaml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	want := Config{
		Store: "sitrep.db", PollInterval: 5 * time.Minute, Backfill: 24 * time.Hour, HTTPAddr: "127.0.0.1:9090",
		Feeds:   []FeedConfig{{Name: "A", URL: "https://a.example/feed"}},
		Digest:  DigestConfig{Schedule: "0 7 * * *", Timezone: "UTC", Window: 24 * time.Hour},
		Discord: DiscordConfig{APIBase: "https://discord.com", DigestTime: "07:00", Timezone: "UTC"},
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("ParseConfig(minimal) = %+v, want %+v", c, want)
	}
}

func TestParseConfigEveryKey(t *testing.T) {
	t.Parallel()
	const full = `
store: /var/lib/sitrep/sitrep.db
poll_interval: 10m
backfill: 48h
http_addr: "0.0.0.0:9090"
user_agent: "sitrep-test/1"
feeds:
  - name: Local
    url: file:///srv/feeds/local.xml
    interval: 1h
    fetch_full: true
  - &b
    name: Relative
    url: file:testdata/feed.xml
digest:
  schedule: "@daily"
  timezone: Asia/Damascus
  window: 12h
discord:
  guild_id: 123456789012345678
  api_base: http://127.0.0.1:8080
  digest_time: "18:30"
  timezone: Europe/Berlin
`
	c, err := ParseConfig("full.yaml", []byte(full))
	if err != nil {
		t.Fatal(err)
	}
	want := Config{
		Store: "/var/lib/sitrep/sitrep.db", PollInterval: 10 * time.Minute, Backfill: 48 * time.Hour,
		HTTPAddr: "0.0.0.0:9090", UserAgent: "sitrep-test/1",
		Feeds: []FeedConfig{
			{Name: "Local", URL: "file:///srv/feeds/local.xml", Interval: time.Hour, FetchFull: true},
			{Name: "Relative", URL: "file:testdata/feed.xml"},
		},
		Digest:  DigestConfig{Schedule: "@daily", Timezone: "Asia/Damascus", Window: 12 * time.Hour},
		Discord: DiscordConfig{GuildID: "123456789012345678", APIBase: "http://127.0.0.1:8080", DigestTime: "18:30", Timezone: "Europe/Berlin"},
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("ParseConfig(full) = %+v\nwant %+v", c, want)
	}
	wantFeeds := []feeds.Feed{
		{Name: "Local", URL: "file:///srv/feeds/local.xml", Interval: time.Hour, FetchFull: true},
		{Name: "Relative", URL: "file:testdata/feed.xml", Interval: 10 * time.Minute},
	}
	if got := c.FeedList(); !reflect.DeepEqual(got, wantFeeds) {
		t.Errorf("FeedList() = %+v, want %+v", got, wantFeeds)
	}
}

func TestParseConfigErrors(t *testing.T) {
	t.Parallel()
	feed := func(url string) string { return "  - name: A\n    url: " + url + "\n" }
	tests := []struct {
		name string
		yaml string
		want []string // substrings of the error, beyond the file name
	}{
		{"unknown top-level key", "stor: x.db\n" + minimal, []string{":1: stor: unknown key"}},
		{"unknown nested key", minimal + "digest:\n  windw: 1h\n", []string{":5: digest.windw: unknown key"}},
		{"unknown feed key", minimal + "    fetchfull: true\n", []string{":4: feeds[0].fetchfull: unknown key"}},
		{"repeated key", "store: a.db\nstore: b.db\n" + minimal, []string{":2: store: key given twice"}},
		{"no feeds key", "store: x.db\n", []string{":1: feeds: missing"}},
		{"empty feed list", "feeds: []\n", []string{":1: feeds: at least one feed"}},
		{"null feed list", "store: x.db\nfeeds:\n", []string{":2: feeds: at least one feed"}},
		{"empty file", "", []string{":1: feeds: missing"}},
		{"feeds not a list", "feeds: https://a.example/\n", []string{":1: feeds: want a list"}},
		{"feed not a mapping", "feeds:\n  - https://a.example/\n", []string{":2: feeds[0]: want a feed"}},
		{"null feed", "feeds:\n  -", []string{":2: feeds[0]: want a feed"}},
		{"feed without url", "feeds:\n  - name: A\n", []string{":2: feeds[0].url: missing"}},
		{"feed without name", "feeds:\n  - url: https://a.example/\n", []string{":2: feeds[0].name: missing"}},
		{"empty feed name", "feeds:\n  - name: \"\"\n    url: https://a.example/\n", []string{":2: feeds[0].name: must not be empty"}},
		{"ftp url", "feeds:\n" + feed("ftp://a.example/feed"), []string{":3: feeds[0].url:", "http, https or file"}},
		{"url without scheme", "feeds:\n" + feed("a.example/feed"), []string{":3: feeds[0].url:"}},
		{"url without host", "feeds:\n" + feed("https:///feed"), []string{":3: feeds[0].url:", "no host"}},
		{"remote file url", "feeds:\n" + feed("file://server/feed.xml"), []string{":3: feeds[0].url:", "local file"}},
		{"bad url", "feeds:\n" + feed("\"http://a b.example/%zz\""), []string{":3: feeds[0].url:", "not a URL"}},
		{"fourth feed's url", "feeds:\n" + "  - {name: A, url: https://a.example/}\n  - {name: B, url: https://b.example/}\n" +
			"  - {name: C, url: https://c.example/}\n  - name: D\n    url: gopher://d.example/\n",
			[]string{":6: feeds[3].url:"}},
		{"duplicate feed name", "feeds:\n  - {name: A, url: https://a.example/}\n  - {name: a, url: https://b.example/}\n",
			[]string{":3: feeds[1].name:", "feeds[0].name (line 2)"}},
		{"duplicate feed url", "feeds:\n  - {name: A, url: https://a.example/}\n  - {name: B, url: https://a.example/}\n",
			[]string{":3: feeds[1].url:", "feeds[0].url (line 2)"}},
		{"bad duration", "poll_interval: 5 minutes\n" + minimal, []string{":1: poll_interval:", "not a duration"}},
		{"duration without unit", "backfill: 24\n" + minimal, []string{":1: backfill:", "not a duration"}},
		{"negative duration", "backfill: -1h\n" + minimal, []string{":1: backfill:", "positive"}},
		{"zero duration", minimal + "digest:\n  window: 0s\n", []string{":5: digest.window:", "positive"}},
		{"bad feed interval", minimal + "    interval: soon\n", []string{":4: feeds[0].interval:"}},
		{"bad bool", minimal + "    fetch_full: maybe\n", []string{":4: feeds[0].fetch_full:", "true or false"}},
		{"bad cron", minimal + "digest:\n  schedule: \"0 7 * *\"\n", []string{":5: digest.schedule:", "cron"}},
		{"cron with seconds", minimal + "digest:\n  schedule: \"0 0 7 * * *\"\n", []string{":5: digest.schedule:"}},
		{"cron with zone", minimal + "digest:\n  schedule: \"CRON_TZ=Asia/Damascus 0 7 * * *\"\n", []string{":5: digest.schedule:", "digest.timezone"}},
		{"bad timezone", minimal + "digest:\n  timezone: Mars/Olympus\n", []string{":5: digest.timezone:", "time zone"}},
		{"local timezone", minimal + "discord:\n  timezone: Local\n", []string{":5: discord.timezone:"}},
		{"bad discord time", minimal + "discord:\n  digest_time: \"7am\"\n", []string{":5: discord.digest_time:", "HH:MM"}},
		{"bad guild id", minimal + "discord:\n  guild_id: my-server\n", []string{":5: discord.guild_id:"}},
		{"bad api base", minimal + "discord:\n  api_base: discord.com\n", []string{":5: discord.api_base:"}},
		{"bad http addr", "http_addr: 9090\n" + minimal, []string{":1: http_addr:", "host:port"}},
		{"list for a string", "store: [a, b]\n" + minimal, []string{":1: store: want a single value"}},
		{"section not a mapping", minimal + "digest: daily\n", []string{":4: digest: want a mapping"}},
		{"top level not a mapping", "- a\n- b\n", []string{":1: (top level): want a mapping"}},
		{"control character", "user_agent: \"a\\nb\"\n" + minimal, []string{":1: user_agent:", "control"}},
		{"yaml syntax", "feeds: [\n", []string{"yaml:"}},
		{"two documents", minimal + "---\n" + minimal, []string{"one YAML document"}},
		{"two errors", "stor: x\n" + minimal + "digest:\n  timezone: Nowhere\n", []string{":1: stor:", ":6: digest.timezone:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := ParseConfig("bad.yaml", []byte(tt.yaml))
			if err == nil {
				t.Fatalf("ParseConfig(%q) succeeded, want an error", tt.yaml)
			}
			msg := err.Error()
			for _, w := range append([]string{"config: bad.yaml"}, tt.want...) {
				if !strings.Contains(msg, w) {
					t.Errorf("ParseConfig(%q) error = %q, want it to contain %q", tt.yaml, msg, w)
				}
			}
		})
	}
}

func TestParseConfigRejectsTokenWithoutEchoingIt(t *testing.T) {
	t.Parallel()
	const secret = "MTIzNDU2Nzg5.secret-token-value"
	for _, tt := range []struct{ name, yaml, path string }{
		{"discord.token", minimal + "discord:\n  token: " + secret + "\n", ":5: discord.token:"},
		{"top-level token", "token: " + secret + "\n" + minimal, ":1: token:"},
		{"discord_token", "discord_token: " + secret + "\n" + minimal, ":1: discord_token:"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := ParseConfig("bad.yaml", []byte(tt.yaml))
			if err == nil {
				t.Fatal("ParseConfig with a token succeeded, want an error")
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.path) || !strings.Contains(msg, "DISCORD_TOKEN") {
				t.Errorf("error = %q, want %q and DISCORD_TOKEN", msg, tt.path)
			}
			if strings.Contains(msg, secret) || strings.Contains(msg, "secret") {
				t.Errorf("error = %q echoes the token", msg)
			}
		})
	}
}

func TestLoadConfig(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "sitrep.yaml")
	if err := os.WriteFile(path, []byte(minimal+"digest:\n  window: 2h\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := LoadConfig(path)
	if err != nil || c.Digest.Window != 2*time.Hour || len(c.Feeds) != 1 {
		t.Errorf("LoadConfig(%s) = %+v, %v", path, c, err)
	}
	if _, err := LoadConfig(filepath.Join(t.TempDir(), "missing.yaml")); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("LoadConfig(missing) error = %v, want one naming the file", err)
	}
	if err := os.WriteFile(path, []byte("stor: x\n"+minimal), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadConfig(path); err == nil || !strings.Contains(err.Error(), path+":1: stor") {
		t.Errorf("LoadConfig(bad) error = %v, want one naming %s:1", err, path)
	}
}

func FuzzParseConfig(f *testing.F) {
	f.Add(DefaultConfig())
	f.Add([]byte(minimal))
	f.Add([]byte("feeds:\n  - &a {name: A, url: https://a.example/}\n  - *a\ndigest: *a\n"))
	f.Add([]byte("discord:\n  token: x\nfeeds: [{name: A, url: 'file:x'}]\n"))
	f.Add([]byte("a: &a [*a]\n"))
	f.Add([]byte("feeds:\n  -"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseConfig("fuzz.yaml", data)
		if err != nil {
			return
		}
		if len(c.Feeds) == 0 || c.PollInterval <= 0 || c.Digest.Window <= 0 || c.Store == "" {
			t.Errorf("ParseConfig(%q) = %+v without an error", data, c)
		}
	})
}
