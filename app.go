package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"time"

	"github.com/sitrep/sitrep/bot"
	"github.com/sitrep/sitrep/digest"
	"github.com/sitrep/sitrep/feeds"
	"github.com/sitrep/sitrep/store"
)

// app is what the commands share: the configuration and the open store.
type app struct {
	cfg    Config
	store  *store.Store
	logger *slog.Logger
}

// openApp loads the configuration at path ("" = built in) and opens its
// store. The caller closes the app.
func openApp(ctx context.Context, path string, logger *slog.Logger) (*app, error) {
	cfg, err := LoadConfig(path)
	if err != nil {
		return nil, err // config errors name the file, key and line
	}
	st, err := store.Open(ctx, cfg.Store)
	if err != nil {
		return nil, err
	}
	return &app{cfg: cfg, store: st, logger: logger}, nil
}

func (a *app) close() error { return a.store.Close() }

// poller returns a poller of the configured feeds into the store; metrics
// and onCycle may be nil.
func (a *app) poller(metrics *feeds.Metrics, onCycle func([]feeds.Result)) *feeds.Poller {
	ua := a.cfg.UserAgent
	if ua == "" {
		ua = feeds.UserAgent(version())
	}
	return feeds.NewPoller(a.store, a.cfg.FeedList(), feeds.Options{
		UserAgent:       ua,
		DefaultInterval: a.cfg.PollInterval,
		Backfill:        a.cfg.Backfill,
		Logger:          a.logger,
		Metrics:         metrics,
		Extract:         digest.Extract,
		Fingerprint:     digest.Fingerprint,
		OnCycle:         onCycle,
	})
}

// digest builds the digest of window w, compared with the window of the
// same length before it. One read covers both: Build ignores articles
// outside each window.
func (a *app) digest(ctx context.Context, w digest.Window, f digest.Filter) (digest.Digest, error) {
	articles, err := a.store.Articles(ctx, w.Previous().From, w.To)
	if err != nil {
		return digest.Digest{}, fmt.Errorf("digest: %w", err)
	}
	return digest.Build(articles, articles, w, f), nil
}

// botConfig is the bot's configuration: the config file's discord section,
// DISCORD_API_BASE over discord.api_base, and the token from DISCORD_TOKEN
// only ("" when unset: Ask needs none).
func (a *app) botConfig(e env) bot.Config {
	base := a.cfg.Discord.APIBase
	if v := strings.TrimSpace(e.getenv("DISCORD_API_BASE")); v != "" {
		base = v
	}
	return bot.Config{
		Token:             strings.TrimSpace(e.getenv("DISCORD_TOKEN")),
		APIBase:           base,
		GuildID:           a.cfg.Discord.GuildID,
		DefaultDigestTime: a.cfg.Discord.DigestTime,
		DefaultTimezone:   a.cfg.Discord.Timezone,
		DigestWindow:      a.cfg.Digest.Window,
	}
}

func (a *app) botDeps() bot.Deps {
	return bot.Deps{Store: a.store, Gazetteer: digest.DefaultGazetteer()}
}

// configFlag adds the --config flag every command that reads the store has.
func configFlag(fs *flag.FlagSet) *string {
	return fs.String("config", "", "configuration `FILE` (default: the built-in config.yaml)")
}

// newLogger logs to stderr: text by default, JSON when SITREP_LOG_FORMAT=json
// (for log collectors). The daemon logs from info up; one-shot commands only
// errors, since their output already says what went wrong.
func newLogger(e env, level slog.Level) (*slog.Logger, error) {
	opts := &slog.HandlerOptions{Level: level}
	switch f := e.getenv("SITREP_LOG_FORMAT"); f {
	case "", "text":
		return slog.New(slog.NewTextHandler(e.stderr, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(e.stderr, opts)), nil
	default:
		return nil, usageError{fmt.Errorf("SITREP_LOG_FORMAT=%q: want text or json", f)}
	}
}

// version is the module version the binary was built from, for the
// User-Agent; "dev" for go run and builds outside version control.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok || bi.Main.Version == "" || bi.Main.Version == "(devel)" {
		return "dev"
	}
	return bi.Main.Version
}

// closeApp closes a, joining its error to err so that a failed close is
// not lost.
// startApp makes a command's logger and opens its app; the caller defers
// closeApp.
func startApp(ctx context.Context, e env, path string, level slog.Level) (*app, *slog.Logger, error) {
	logger, err := newLogger(e, level)
	if err != nil {
		return nil, nil, err
	}
	a, err := openApp(ctx, path, logger)
	if err != nil {
		return nil, nil, err
	}
	return a, logger, nil
}

// noArgs rejects positional arguments to a command that takes none.
func noArgs(fs *flag.FlagSet) error {
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("%s: unexpected arguments %q", fs.Name(), fs.Args())}
	}
	return nil
}

func closeApp(a *app, err *error) {
	if cerr := a.close(); cerr != nil {
		*err = errors.Join(*err, cerr)
	}
}

// timeText is how the CLI shows a moment: minutes in UTC.
func timeText(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}
