// Package bot is sitrep's Discord adapter and the only importer of
// discordgo: slash command definitions as data, the command logic (typed
// request in, response out), the responder that keeps Discord's 3-second
// rule, and the scheduler that posts daily digests and alerts.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Bot is a connected Discord bot: gateway session, commands and scheduler.
type Bot struct {
	cfg     Config
	deps    Deps
	handler *Handler
	rest    *restClient
	session *discordgo.Session
	sched   *scheduler
	logger  *slog.Logger

	ackAfter      time.Duration
	handleTimeout time.Duration

	baseCtx  context.Context // parent of every interaction's context
	inflight sync.WaitGroup
}

// New prepares a bot; Run connects it.
func New(cfg Config, deps Deps, logger *slog.Logger) (*Bot, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if cfg.Token == "" {
		return nil, errors.New("bot: no Discord token: set DISCORD_TOKEN, or use ask to query without Discord")
	}
	handler, err := NewHandler(cfg, deps, logger)
	if err != nil {
		return nil, err
	}
	// Interaction bursts answer in parallel: keep connections for them
	// instead of the default two per host.
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConnsPerHost = 64
	rt, err := newRebase(cfg.APIBase, tr)
	if err != nil {
		return nil, fmt.Errorf("bot: api base: %w", err)
	}
	client := &http.Client{Transport: rt, Timeout: 20 * time.Second}

	s, err := discordgo.New(cfg.botToken())
	if err != nil {
		return nil, errors.New("bot: create discord session") // discordgo's error could quote the token
	}
	s.Client = client
	s.Identify.Intents = discordgo.IntentsGuilds
	s.StateEnabled = false
	// Handlers run inline on the gateway reader; onInteraction returns at once.
	s.SyncEvents = true
	// discordgo logs with the standard logger; above LogError it prints the
	// IDENTIFY payload, token included.
	s.LogLevel = discordgo.LogError

	rest := &restClient{session: s, http: client, logger: logger, attempts: 5, backoff: time.Second, maxWait: time.Minute}
	return &Bot{
		cfg: cfg, deps: deps, handler: handler, rest: rest, session: s, logger: logger,
		sched:         &scheduler{store: deps.Store, gazetteer: deps.Gazetteer, post: rest, window: cfg.DigestWindow, logger: logger},
		ackAfter:      defaultAckAfter,
		handleTimeout: defaultHandleTimeout,
		baseCtx:       context.Background(),
	}, nil
}

// Run connects to the gateway, registers the commands if they changed, runs
// the scheduler (posting a digest missed while down), and answers
// interactions until ctx is done; then it lets in-flight answers finish and
// closes the session.
func (b *Bot) Run(ctx context.Context) error {
	// In-flight interactions outlive ctx by up to handleTimeout, so that a
	// shutdown does not leave users with "the application did not respond".
	b.baseCtx = context.WithoutCancel(ctx)
	appID := make(chan string, 1)
	b.session.AddHandlerOnce(func(_ *discordgo.Session, r *discordgo.Ready) {
		id := ""
		if r.Application != nil {
			id = r.Application.ID
		} else if r.User != nil {
			id = r.User.ID
		}
		appID <- id
	})
	b.session.AddHandler(b.onInteraction)
	b.session.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) {
		b.logger.Warn("discord gateway disconnected; reconnecting")
	})
	b.session.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) {
		b.logger.Info("discord gateway resumed")
	})
	if err := b.session.Open(); err != nil {
		return fmt.Errorf("bot: connect to gateway: %w", scrub("gateway", err))
	}
	defer b.close()
	var id string
	select {
	case id = <-appID:
	default:
	}
	if id == "" {
		return errors.New("bot: gateway READY carried no application id")
	}
	b.logger.InfoContext(ctx, "discord connected", "application_id", id, "guild_id", b.cfg.GuildID)

	changed, err := b.rest.syncCommands(ctx, id, b.cfg.GuildID)
	if err != nil {
		if ctx.Err() != nil {
			return nil // shut down while starting
		}
		return err
	}
	b.logger.InfoContext(ctx, "commands checked", "changed", changed, "guild_id", b.cfg.GuildID)

	var wg sync.WaitGroup
	wg.Go(func() { b.sched.run(ctx, b.deps.now) })
	<-ctx.Done()
	wg.Wait()
	return nil
}

func (b *Bot) close() {
	b.inflight.Wait()
	if err := b.session.Close(); err != nil {
		b.logger.Warn("discord session close", "err", scrub("gateway", err))
	}
}
