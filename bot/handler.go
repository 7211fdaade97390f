package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// Handler is the command logic: a typed request in, a response out, all I/O
// through Deps. The gateway adapter, the shell (Ask) and tests share it.
type Handler struct {
	deps   Deps
	cfg    Config
	logger *slog.Logger
	// answers are public answers by question; reads are windows of articles.
	answers ttlCache[Response]
	reads   ttlCache[[]digest.Article]
}

// NewHandler returns the command logic over deps; cfg supplies the defaults
// of /subscribe and /digest (zero fields take the package defaults).
func NewHandler(cfg Config, deps Deps, logger *slog.Logger) (*Handler, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if deps.Store == nil {
		return nil, fmt.Errorf("bot: no store")
	}
	if deps.Gazetteer == nil {
		return nil, fmt.Errorf("bot: no gazetteer")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Handler{deps: deps, cfg: cfg, logger: logger}, nil
}

// Handle answers one command. A *UserError says what the user should do;
// any other error is ours. Public answers are shared between identical
// requests for answerTTL.
func (h *Handler) Handle(ctx context.Context, req Request) (Response, error) {
	if !cacheable[req.Command] {
		return h.handle(ctx, req)
	}
	return h.answers.do(cacheKey(req), h.deps.now(), func() (Response, error) {
		resp, err := h.handle(ctx, req)
		resp.rendered = &renderOnce{}
		return resp, err
	})
}

func (h *Handler) handle(ctx context.Context, req Request) (Response, error) {
	switch req.Command {
	case cmdLatest:
		return h.latest(ctx, latestQuery{Count: req.Int("count", defaultLatest), Governorate: req.String("governorate")})
	case cmdCasualties:
		p, err := parsePeriod(req.String("period"), h.cfg.DigestWindow)
		if err != nil {
			return Response{}, err
		}
		return h.casualties(ctx, casualtiesQuery{Period: p, Governorate: req.String("governorate"), Place: req.String("place")})
	case cmdDigest:
		p, err := parsePeriod(req.String("period"), h.cfg.DigestWindow)
		if err != nil {
			return Response{}, err
		}
		return h.digestNow(ctx, p)
	case cmdWhere:
		return h.where(ctx, req.String("place"))
	case cmdSubscribe:
		return h.subscribe(ctx, req)
	case cmdUnsubscribe:
		return h.unsubscribe(ctx, req)
	case cmdSubscriptions:
		return h.subscriptions(ctx, req)
	case cmdSources:
		return h.sources(ctx)
	case cmdAbout:
		return about(), nil
	}
	return Response{}, userErrorf("Unknown command /%s. Try /about for the list of commands.", req.Command)
}

// Complete answers an autocomplete request for a command's option.
func (h *Handler) Complete(command, option, value string) []Choice {
	if option != "place" {
		return nil
	}
	var out []Choice
	for _, p := range h.deps.Gazetteer.Complete(value, maxChoices) {
		name := p.Name
		if p.Governorate != "" {
			name += " (" + p.Governorate + ")"
		}
		out = append(out, Choice{Name: digest.Truncate(name, 100), Value: digest.Truncate(p.Name, 100)})
	}
	return out
}

// maxChoices is Discord's limit on autocomplete choices.
const maxChoices = 25

// parsePeriod reads 24h, 7d or 30d; "" is def.
func parsePeriod(s string, def time.Duration) (time.Duration, error) {
	switch s {
	case "":
		return def, nil
	case "24h":
		return 24 * time.Hour, nil
	case "7d":
		return 7 * 24 * time.Hour, nil
	case "30d":
		return 30 * 24 * time.Hour, nil
	}
	return 0, userErrorf("Unknown period %q: use 24h, 7d or 30d.", s)
}

// checkGovernorate accepts "" or one of the 14 governorates, in any case.
func checkGovernorate(g string) (string, error) {
	if g == "" {
		return "", nil
	}
	for _, name := range Governorates {
		if strings.EqualFold(name, g) {
			return name, nil
		}
	}
	return "", userErrorf("Unknown governorate %q: pick one of the choices (%s).", g, strings.Join(Governorates, ", "))
}
