package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/robfig/cron/v3"

	"github.com/sitrep/sitrep/bot"
	"github.com/sitrep/sitrep/digest"
	"github.com/sitrep/sitrep/feeds"
)

// shutdownTimeout bounds the HTTP server's graceful stop, so that the whole
// shutdown stays well inside the 10 s a supervisor gives before SIGKILL.
const shutdownTimeout = 5 * time.Second

// cmdRun is the daemon: it polls the feeds on schedule, serves /healthz and
// /metrics, and either runs the Discord bot (DISCORD_TOKEN set) or prints
// each scheduled digest to stdout. It returns nil when ctx is cancelled,
// after the writes in flight have finished; the store is closed last.
func cmdRun(ctx context.Context, args []string, e env) (err error) {
	fs := newFlags("run", e)
	config := configFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	a, logger, err := startApp(ctx, e, *config, slog.LevelInfo)
	if err != nil {
		return err
	}
	defer closeApp(a, &err)

	out := &lockedWriter{w: e.stdout} // report lines and digests come from two goroutines
	var digests func(context.Context) error
	if bcfg := a.botConfig(e); bcfg.Token != "" {
		b, err := bot.New(bcfg, a.botDeps(), logger)
		if err != nil {
			return fmt.Errorf("run: %w", err)
		}
		logger.Info("discord bot enabled", "api_base", bcfg.APIBase, "guild_id", bcfg.GuildID)
		digests = b.Run
	} else {
		printer, err := newDigestPrinter(a.cfg.Digest, a.digest, out, logger)
		if err != nil {
			return fmt.Errorf("run: %w", err)
		}
		logger.Info("no DISCORD_TOKEN: scheduled digests are printed to stdout",
			"schedule", a.cfg.Digest.Schedule, "timezone", a.cfg.Digest.Timezone,
			"next_digest", printer.next(time.Now()))
		digests = printer.run
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	poller := a.poller(feeds.NewMetrics(reg), func(results []feeds.Result) {
		var buf bytes.Buffer // one write, so a digest printed meanwhile stays whole
		n, err := printReports(&buf, results)
		if err == nil {
			_, err = out.Write(buf.Bytes())
		}
		if err != nil {
			logger.Error("print new reports", "error", err)
		}
		logCycle(logger, results, n)
	})
	ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", a.cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("run: http_addr: %w", err)
	}
	logger.Info("http listening", "addr", ln.Addr().String(), "paths", "/healthz /metrics")

	// The first part to fail stops the others; a cancelled ctx stops all.
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var wg sync.WaitGroup
	start := func(fn func(context.Context) error) {
		wg.Go(func() {
			if err := fn(ctx); err != nil {
				cancel(err)
			}
		})
	}
	start(func(ctx context.Context) error { return serveHTTP(ctx, ln, httpHandler(reg), logger) })
	start(poller.Run)
	start(digests)
	wg.Wait()
	if cause := context.Cause(ctx); !errors.Is(cause, context.Canceled) {
		return fmt.Errorf("run: %w", cause)
	}
	logger.Info("stopped")
	return nil
}

// httpHandler serves the health check and the Prometheus metrics.
func httpHandler(reg *prometheus.Registry) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	return mux
}

// serveHTTP serves on ln until ctx is done, then shuts the server down
// gracefully within shutdownTimeout.
func serveHTTP(ctx context.Context, ln net.Listener, h http.Handler, logger *slog.Logger) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(logger.Handler(), slog.LevelWarn)}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("http: serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		logger.Warn("http shutdown", "error", err) // shutting down anyway: not worth failing the exit
	}
	<-served // http.ErrServerClosed
	return nil
}

// logCycle logs what one poll cycle did.
func logCycle(logger *slog.Logger, results []feeds.Result, reports int) {
	counts := map[feeds.Status]int{}
	for _, r := range results {
		counts[r.Status]++
	}
	logger.Info("poll cycle", "feeds", len(results), "ok", counts[feeds.StatusOK],
		"not_modified", counts[feeds.StatusNotModified], "errors", counts[feeds.StatusError],
		"backoff", counts[feeds.StatusBackoff], "new_reports", reports)
}

// digestPrinter prints the scheduled digest in the terminal when there is
// no bot to post it.
type digestPrinter struct {
	schedule cron.Schedule
	loc      *time.Location
	window   time.Duration
	build    func(context.Context, digest.Window, digest.Filter) (digest.Digest, error)
	w        io.Writer
	logger   *slog.Logger
}

func newDigestPrinter(cfg DigestConfig, build func(context.Context, digest.Window, digest.Filter) (digest.Digest, error),
	w io.Writer, logger *slog.Logger) (*digestPrinter, error) {
	sched, err := cron.ParseStandard(cfg.Schedule)
	if err != nil {
		return nil, fmt.Errorf("digest.schedule %q: %w", cfg.Schedule, err)
	}
	loc, err := time.LoadLocation(cfg.Timezone)
	if err != nil {
		return nil, fmt.Errorf("digest.timezone: %w", err)
	}
	return &digestPrinter{schedule: sched, loc: loc, window: cfg.Window, build: build, w: w, logger: logger}, nil
}

// next is the first slot after t; the schedule is read in the configured zone.
func (p *digestPrinter) next(t time.Time) time.Time { return p.schedule.Next(t.In(p.loc)) }

// run prints the digest of each slot, for the window ending at the slot,
// until ctx is done. A failed read is logged and the next slot tried.
func (p *digestPrinter) run(ctx context.Context) error {
	for {
		slot := p.next(time.Now())
		if slot.IsZero() { // a schedule that never fires again
			<-ctx.Done()
			return nil
		}
		timer := time.NewTimer(time.Until(slot))
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil
		case <-timer.C:
		}
		d, err := p.build(ctx, digest.Window{From: slot.Add(-p.window), To: slot}, digest.Filter{})
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			p.logger.Error("scheduled digest", "slot", slot, "error", err)
			continue
		}
		if _, err := fmt.Fprintf(p.w, "%s\n", d.Text()); err != nil {
			return fmt.Errorf("digest: print: %w", err)
		}
	}
}

// lockedWriter serialises writes from several goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
