package main

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // the static binary knows every zone, with or without the OS's zoneinfo

	"github.com/robfig/cron/v3"
	"go.yaml.in/yaml/v3"

	"github.com/sitrep/sitrep/feeds"
)

// defaultConfigYAML is the annotated default configuration: `go run .` works
// with no flags.
//
//go:embed config.yaml
var defaultConfigYAML []byte

// defaultConfigName names the embedded file in errors.
const defaultConfigName = "config.yaml (built in)"

// Config is sitrep's configuration. The Discord token is not in it: it is
// read only from the DISCORD_TOKEN environment variable.
type Config struct {
	Store        string        // SQLite database path
	PollInterval time.Duration // how often a feed without its own interval is polled
	Backfill     time.Duration // on a feed's first poll, older items are stored as seen only
	HTTPAddr     string        // metrics and health listener, host:port
	UserAgent    string        // "" = the poller's own, naming the project
	Feeds        []FeedConfig
	Digest       DigestConfig
	Discord      DiscordConfig
}

// FeedConfig is one configured feed.
type FeedConfig struct {
	Name      string
	URL       string
	Interval  time.Duration // 0 = Config.PollInterval
	FetchFull bool          // fetch the article page when the item's text is short
}

// DigestConfig is the scheduled digest the terminal (and a bot without
// subscriptions) gets.
type DigestConfig struct {
	Schedule string        // standard 5-field cron expression
	Timezone string        // IANA zone the schedule is read in
	Window   time.Duration // how far back a digest looks
}

// DiscordConfig is the bot's setup, apart from the token.
type DiscordConfig struct {
	GuildID    string // "" = register commands globally
	APIBase    string // Discord's API host; tests point it at a loopback server
	DigestTime string // default "HH:MM" for /subscribe
	Timezone   string // default zone for /subscribe
}

// defaults is the configuration before a file is read: the one place
// default values live (config.yaml repeats them for readers, and a test keeps
// the two equal).
func defaults() Config {
	return Config{
		Store:        "sitrep.db",
		PollInterval: 5 * time.Minute,
		Backfill:     24 * time.Hour,
		HTTPAddr:     "127.0.0.1:9090",
		Digest:       DigestConfig{Schedule: "0 7 * * *", Timezone: "UTC", Window: 24 * time.Hour},
		Discord:      DiscordConfig{APIBase: "https://discord.com", DigestTime: "07:00", Timezone: "UTC"},
	}
}

// DefaultConfig returns the built-in config.yaml.
func DefaultConfig() []byte { return slices.Clone(defaultConfigYAML) }

// LoadConfig reads and checks the configuration file at path; "" loads the
// built-in default.
func LoadConfig(path string) (Config, error) {
	if path == "" {
		return ParseConfig(defaultConfigName, defaultConfigYAML)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	return ParseConfig(path, data)
}

// ParseConfig reads and checks a configuration; name (the file's path)
// prefixes every error. Unknown keys and bad values are errors that name the
// key's path and line; all of them are reported at once.
func ParseConfig(name string, data []byte) (Config, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		return Config{}, fmt.Errorf("config: %s: %w", name, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return Config{}, fmt.Errorf("config: %s: want one YAML document", name)
	}
	p := &configParser{file: name}
	c := defaults()
	root := &yaml.Node{Kind: yaml.MappingNode, Line: 1} // an empty file
	if len(doc.Content) > 0 {
		root = doc.Content[0]
	}
	p.config(root, &c)
	if err := errors.Join(p.errs...); err != nil {
		return Config{}, err
	}
	return c, nil
}

// FeedList returns the feeds for the poller, each with its interval.
func (c Config) FeedList() []feeds.Feed {
	out := make([]feeds.Feed, 0, len(c.Feeds))
	for _, f := range c.Feeds {
		interval := f.Interval
		if interval == 0 {
			interval = c.PollInterval
		}
		out = append(out, feeds.Feed{Name: f.Name, URL: f.URL, Interval: interval, FetchFull: f.FetchFull})
	}
	return out
}

// configParser walks the YAML tree so that every error can name the key's
// path and line, which decoding into structs cannot.
type configParser struct {
	file string
	errs []error
}

// fail records an error about the node at path. Messages must not quote the
// value of anything secret.
func (p *configParser) fail(n *yaml.Node, path, format string, args ...any) {
	p.errs = append(p.errs, fmt.Errorf("config: %s:%d: %s: %s", p.file, n.Line, path, fmt.Sprintf(format, args...)))
}

// keyHandlers decode the value of each known key of a mapping.
type keyHandlers map[string]func(path string, v *yaml.Node)

func (p *configParser) config(root *yaml.Node, c *Config) {
	var feedsNode *yaml.Node
	p.mapping(root, "", keyHandlers{
		"store":         p.str(&c.Store, nonEmpty),
		"poll_interval": p.duration(&c.PollInterval),
		"backfill":      p.duration(&c.Backfill),
		"http_addr":     p.str(&c.HTTPAddr, hostPort),
		"user_agent":    p.str(&c.UserAgent, oneLine),
		"feeds": func(path string, v *yaml.Node) {
			feedsNode = v
			p.feeds(path, v, &c.Feeds)
		},
		"digest": func(path string, v *yaml.Node) {
			p.mapping(v, path, keyHandlers{
				"schedule": p.str(&c.Digest.Schedule, cronSpec),
				"timezone": p.str(&c.Digest.Timezone, timezone),
				"window":   p.duration(&c.Digest.Window),
			})
		},
		"discord": func(path string, v *yaml.Node) {
			p.mapping(v, path, keyHandlers{
				"guild_id":    p.str(&c.Discord.GuildID, snowflake),
				"api_base":    p.str(&c.Discord.APIBase, httpURL),
				"digest_time": p.str(&c.Discord.DigestTime, clock),
				"timezone":    p.str(&c.Discord.Timezone, timezone),
			})
		},
	})
	switch {
	case feedsNode == nil:
		p.fail(root, "feeds", "missing: at least one feed is required")
	case isNull(feedsNode) || (deref(feedsNode).Kind == yaml.SequenceNode && len(deref(feedsNode).Content) == 0):
		p.fail(feedsNode, "feeds", "at least one feed is required")
	}
}

func (p *configParser) feeds(path string, v *yaml.Node, out *[]FeedConfig) {
	v = deref(v)
	if isNull(v) {
		return
	}
	if v.Kind != yaml.SequenceNode {
		p.fail(v, path, "want a list of feeds")
		return
	}
	names := map[string]string{} // lower-case name → where it was first given
	urls := map[string]string{}
	for i, n := range v.Content {
		fpath := fmt.Sprintf("%s[%d]", path, i)
		if deref(n).Kind != yaml.MappingNode {
			p.fail(n, fpath, "want a feed: a mapping with a name and a url")
			continue
		}
		var (
			f                 FeedConfig
			nameNode, urlNode *yaml.Node
		)
		p.mapping(n, fpath, keyHandlers{
			"name": func(path string, v *yaml.Node) {
				nameNode = v
				p.str(&f.Name, nonEmpty, oneLine)(path, v)
			},
			"url": func(path string, v *yaml.Node) {
				urlNode = v
				p.str(&f.URL, feedURL)(path, v)
			},
			"interval":   p.duration(&f.Interval),
			"fetch_full": p.boolean(&f.FetchFull),
		})
		if nameNode == nil {
			p.fail(n, fpath+".name", "missing: every feed needs a name")
		}
		if urlNode == nil {
			p.fail(n, fpath+".url", "missing: every feed needs a url")
		}
		if nameNode != nil && f.Name != "" {
			key := strings.ToLower(f.Name)
			if first, dup := names[key]; dup {
				p.fail(nameNode, fpath+".name", "%q repeats the name of %s", f.Name, first)
			} else {
				names[key] = fmt.Sprintf("%s.name (line %d)", fpath, nameNode.Line)
			}
		}
		if urlNode != nil && f.URL != "" {
			if first, dup := urls[f.URL]; dup {
				p.fail(urlNode, fpath+".url", "%q repeats the URL of %s", f.URL, first)
			} else {
				urls[f.URL] = fmt.Sprintf("%s.url (line %d)", fpath, urlNode.Line)
			}
		}
		*out = append(*out, f)
	}
}

// mapping hands each key of mapping n to its handler, reporting unknown and
// repeated keys.
func (p *configParser) mapping(n *yaml.Node, path string, handlers keyHandlers) {
	n = deref(n)
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		p.fail(n, orRoot(path), "want a mapping of keys to values")
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kpath := k.Value
		if path != "" {
			kpath = path + "." + k.Value
		}
		handle, known := handlers[k.Value]
		switch {
		case strings.Contains(strings.ToLower(k.Value), "token"):
			p.fail(k, kpath, "the Discord token is read only from the DISCORD_TOKEN environment variable; remove it from the file")
		case !known:
			p.fail(k, kpath, "unknown key (known keys: %s)", strings.Join(sortedKeys(handlers), ", "))
		case seen[k.Value]:
			p.fail(k, kpath, "key given twice")
		default:
			seen[k.Value] = true
			handle(kpath, v)
		}
	}
}

// str decodes a string value and checks it with each check in turn.
func (p *configParser) str(dst *string, checks ...func(string) error) func(string, *yaml.Node) {
	return func(path string, v *yaml.Node) {
		s, ok := p.scalar(path, v)
		if !ok {
			return
		}
		for _, check := range checks {
			if err := check(s); err != nil {
				p.fail(v, path, "%v", err)
				return
			}
		}
		*dst = s
	}
}

// duration decodes a positive Go duration such as "90s", "5m" or "24h".
func (p *configParser) duration(dst *time.Duration) func(string, *yaml.Node) {
	return func(path string, v *yaml.Node) {
		s, ok := p.scalar(path, v)
		if !ok {
			return
		}
		d, err := time.ParseDuration(s)
		switch {
		case err != nil:
			p.fail(v, path, "%q is not a duration (examples: 90s, 5m, 24h)", s)
		case d <= 0:
			p.fail(v, path, "%q: want a positive duration", s)
		default:
			*dst = d
		}
	}
}

func (p *configParser) boolean(dst *bool) func(string, *yaml.Node) {
	return func(path string, v *yaml.Node) {
		s, ok := p.scalar(path, v)
		if !ok {
			return
		}
		if b, err := strconv.ParseBool(s); err == nil {
			*dst = b
			return
		}
		p.fail(v, path, "%q: want true or false", s)
	}
}

// scalar returns a single value's text; null reads as "".
func (p *configParser) scalar(path string, v *yaml.Node) (string, bool) {
	v = deref(v)
	if v.Kind != yaml.ScalarNode {
		p.fail(v, path, "want a single value, not a list or mapping")
		return "", false
	}
	if isNull(v) {
		return "", true
	}
	return v.Value, true
}

// deref follows an alias (*name) to the node it names.
func deref(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	n = deref(n)
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func orRoot(path string) string {
	if path == "" {
		return "(top level)"
	}
	return path
}

func sortedKeys(h keyHandlers) []string {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Value checks. Their errors become "file:line: key: error".

func nonEmpty(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("must not be empty")
	}
	return nil
}

// oneLine keeps control characters (a header or log line break) out.
func oneLine(s string) error {
	if strings.ContainsFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		return errors.New("must not contain control characters or line breaks")
	}
	return nil
}

func hostPort(s string) error {
	_, port, err := net.SplitHostPort(s)
	if err == nil {
		_, err = strconv.ParseUint(port, 10, 16)
	}
	if err != nil {
		return fmt.Errorf("%q: want host:port, such as 127.0.0.1:9090", s)
	}
	return nil
}

// feedURL accepts http(s) URLs and local files (file:///abs/path, or
// file:relative/path), as the fetcher reads them.
func feedURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || s == "" {
		return fmt.Errorf("%q is not a URL", s)
	}
	switch u.Scheme {
	case "http", "https":
		if u.Host == "" {
			return fmt.Errorf("%q has no host", s)
		}
	case "file":
		if u.Host != "" && u.Host != "localhost" {
			return fmt.Errorf("%q: a file URL must name a local file (file:///path)", s)
		}
		if u.Path == "" && u.Opaque == "" {
			return fmt.Errorf("%q names no file", s)
		}
	default:
		return fmt.Errorf("%q: want an http, https or file URL", s)
	}
	return nil
}

func httpURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%q: want an http or https URL", s)
	}
	return nil
}

func cronSpec(s string) error {
	if strings.HasPrefix(s, "TZ=") || strings.HasPrefix(s, "CRON_TZ=") {
		return errors.New("set the zone with digest.timezone, not in the schedule")
	}
	if _, err := cron.ParseStandard(s); err != nil {
		return fmt.Errorf("%q is not a cron schedule (minute hour day-of-month month day-of-week, e.g. \"0 7 * * *\"): %v", s, err)
	}
	return nil
}

func timezone(s string) error {
	if s == "" || s == "Local" {
		return fmt.Errorf("%q: want an IANA zone name such as UTC or Asia/Damascus", s)
	}
	if _, err := time.LoadLocation(s); err != nil {
		return fmt.Errorf("%q is not a known time zone (want an IANA name such as Asia/Damascus)", s)
	}
	return nil
}

// snowflake accepts a Discord ID (digits) or "".
func snowflake(s string) error {
	if _, err := strconv.ParseUint(s, 10, 64); s != "" && err != nil {
		return fmt.Errorf("%q: want a Discord ID (digits) or nothing", s)
	}
	return nil
}

func clock(s string) error {
	if _, err := time.Parse("15:04", s); err != nil || len(s) != len("15:04") {
		return fmt.Errorf("%q: want a time of day as HH:MM", s)
	}
	return nil
}
