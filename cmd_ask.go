package main

import (
	"context"
	"log/slog"

	"github.com/sitrep/sitrep/bot"
)

// cmdAsk answers one bot command in the terminal with the bot's own logic,
// e.g. `ask latest --count 5` or `ask where Douma`. No Discord token is
// needed.
func cmdAsk(ctx context.Context, args []string, e env) (err error) {
	fs := newFlags("ask", e)
	config := configFlag(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	a, _, err := startApp(ctx, e, *config, slog.LevelError)
	if err != nil {
		return err
	}
	defer closeApp(a, &err)
	cfg := a.botConfig(e)
	cfg.Token = "" // answers are written here, never sent to Discord
	return bot.Ask(ctx, cfg, a.botDeps(), fs.Args(), e.stdout)
}
