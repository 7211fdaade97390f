package bot

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/sitrep/sitrep/digest"
)

// Timing of interaction replies. Discord wants the first response within 3 s;
// the bot answers directly when the handler is done within ackAfter, else
// defers and edits the reply when it is.
const (
	defaultAckAfter      = 1500 * time.Millisecond
	defaultHandleTimeout = 30 * time.Second
)

// ephemeralCommands always answer privately, so their deferral is private too.
var ephemeralCommands = map[string]bool{cmdSubscribe: true, cmdUnsubscribe: true, cmdSubscriptions: true}

// onInteraction is the gateway's INTERACTION_CREATE handler: it returns at
// once and answers in its own goroutine, so no interaction blocks the gateway.
func (b *Bot) onInteraction(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	in := ic.Interaction
	b.inflight.Add(1)
	go func() {
		defer b.inflight.Done()
		ctx, cancel := context.WithTimeout(b.baseCtx, b.handleTimeout)
		defer cancel()
		b.interact(ctx, in)
	}()
}

func (b *Bot) interact(ctx context.Context, in *discordgo.Interaction) {
	switch in.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		b.autocomplete(ctx, in)
	case discordgo.InteractionApplicationCommand:
		b.command(ctx, in)
	default:
		b.logger.DebugContext(ctx, "interaction ignored", "type", int(in.Type))
	}
}

func (b *Bot) autocomplete(ctx context.Context, in *discordgo.Interaction) {
	data := in.ApplicationCommandData()
	choices := []Choice{}
	for _, o := range data.Options {
		if o.Focused {
			v, _ := o.Value.(string)
			if cs := b.handler.Complete(data.Name, o.Name, v); cs != nil {
				choices = cs
			}
		}
	}
	cb := interactionCallback{Type: callbackAutocomplete, Data: autocompleteData{Choices: choices}}
	if err := b.rest.respond(ctx, in, cb); err != nil {
		b.logger.WarnContext(ctx, "autocomplete reply failed", "command", data.Name, "err", err)
	}
}

// outcome is what a handler produced.
type outcome struct {
	resp Response
	err  error
}

func (b *Bot) command(ctx context.Context, in *discordgo.Interaction) {
	req := requestOf(in)
	start := time.Now()
	done := make(chan outcome, 1)
	go func() { done <- b.run(ctx, req) }()

	timer := time.NewTimer(b.ackAfter)
	defer timer.Stop()
	var out outcome
	deferred := false
	select {
	case out = <-done:
	case <-timer.C:
		deferred = true
		d := digest.Message{AllowedMentions: digest.AllowedMentions{Parse: []string{}}}
		if ephemeralCommands[req.Command] {
			d.Flags = flagEphemeral
		}
		if err := b.rest.respond(ctx, in, interactionCallback{Type: callbackDeferred, Data: d}); err != nil {
			b.logger.WarnContext(ctx, "defer failed", "command", req.Command, "err", err)
			return
		}
		select {
		case out = <-done:
		case <-ctx.Done():
			out = outcome{err: fmt.Errorf("bot: /%s: %w", req.Command, ctx.Err())}
		}
	}
	if err := b.reply(ctx, in, req, out, deferred); err != nil {
		b.logger.WarnContext(ctx, "reply failed", "command", req.Command, "err", err)
		return
	}
	b.logger.InfoContext(ctx, "interaction answered", "command", req.Command, "guild_id", req.GuildID,
		"deferred", deferred, "ok", out.err == nil, "duration_ms", time.Since(start).Milliseconds())
}

// run calls the handler, turning a panic into an error.
func (b *Bot) run(ctx context.Context, req Request) (out outcome) {
	defer func() {
		if p := recover(); p != nil {
			b.logger.ErrorContext(ctx, "command handler panicked", "command", req.Command, "panic", fmt.Sprint(p),
				"stack", string(debug.Stack()))
			out = outcome{err: fmt.Errorf("bot: /%s panicked", req.Command)}
		}
	}()
	resp, err := b.handler.Handle(ctx, req)
	return outcome{resp: resp, err: err}
}

// reply sends the outcome: as the first response, or by editing a deferred one.
func (b *Bot) reply(ctx context.Context, in *discordgo.Interaction, req Request, out outcome, deferred bool) error {
	var msgs []digest.Message
	if out.err != nil {
		msgs = []digest.Message{errorMessage(b.userText(ctx, req, out.err))}
	} else {
		msgs = out.resp.Discord()
	}
	first, rest := msgs[0], msgs[1:]
	switch {
	case !deferred:
		if err := b.rest.respond(ctx, in, interactionCallback{Type: callbackMessage, Data: first}); err != nil {
			return err
		}
	case first.Flags&flagEphemeral != 0 && !ephemeralCommands[req.Command]:
		// A public deferral cannot turn private: replace it with a private follow-up.
		if err := b.rest.deleteOriginal(ctx, in); err != nil {
			return err
		}
		if err := b.rest.followUp(ctx, in, first); err != nil {
			return err
		}
	default:
		if err := b.rest.editOriginal(ctx, in, first); err != nil {
			return err
		}
	}
	for _, m := range rest {
		if err := b.rest.followUp(ctx, in, m); err != nil {
			return err
		}
	}
	return nil
}

// userText is what the user reads about a failure: a UserError's own words,
// else a generic line (the cause is logged, not shown).
func (b *Bot) userText(ctx context.Context, req Request, err error) string {
	var ue *UserError
	if errors.As(err, &ue) {
		return ue.Msg
	}
	b.logger.ErrorContext(ctx, "command failed", "command", req.Command, "guild_id", req.GuildID, "err", err)
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Sprintf("/%s took too long to answer. Try again in a minute, or narrow it (a shorter period, one governorate).", req.Command)
	}
	return fmt.Sprintf("Something went wrong on our side while answering /%s. Try again in a minute; if it keeps failing, tell the bot's operator.", req.Command)
}

// requestOf turns an application command interaction into a Request.
func requestOf(in *discordgo.Interaction) Request {
	data := in.ApplicationCommandData()
	req := Request{Command: data.Name, Options: map[string]any{}, GuildID: in.GuildID, ChannelID: in.ChannelID}
	for _, o := range data.Options {
		switch v := o.Value.(type) {
		case float64: // discordgo decodes every JSON number as float64
			req.Options[o.Name] = int64(v)
		default:
			req.Options[o.Name] = v
		}
	}
	if in.Member != nil {
		req.Permissions = in.Member.Permissions
		if in.Member.User != nil {
			req.UserID = in.Member.User.ID
		}
	} else if in.User != nil {
		req.UserID = in.User.ID
	}
	return req
}
