package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// defaultMinKilled is the alert threshold when /subscribe sets alerts without one.
const defaultMinKilled = 10

func (h *Handler) subscribe(ctx context.Context, req Request) (Response, error) {
	if err := requireManager(req); err != nil {
		return Response{}, err
	}
	sub := digest.Subscription{
		GuildID:   req.GuildID,
		ChannelID: req.ChannelID,
		Time:      req.String("time"),
		Timezone:  req.String("timezone"),
		Alerts:    req.Bool("alerts", false),
		MinKilled: req.Int("min_killed", defaultMinKilled),
		CreatedBy: req.UserID,
	}
	if sub.Time == "" {
		sub.Time = h.cfg.DefaultDigestTime
	}
	hour, minute, err := parseClock(sub.Time)
	if err != nil {
		return Response{}, userErrorf("The %s. Run /subscribe again with time set like 08:00.", err)
	}
	sub.Time = fmt.Sprintf("%02d:%02d", hour, minute)
	if sub.Timezone == "" {
		sub.Timezone = h.cfg.DefaultTimezone
	}
	if _, err := time.LoadLocation(sub.Timezone); err != nil {
		return Response{}, userErrorf("Unknown time zone %q. Use an IANA name such as Asia/Damascus, Europe/London or UTC.", sub.Timezone)
	}
	if sub.Governorate, err = checkGovernorate(req.String("governorate")); err != nil {
		return Response{}, err
	}
	if sub.MinKilled < 1 {
		return Response{}, userErrorf("min_killed must be at least 1.")
	}
	saved, err := h.deps.Store.SaveSubscription(ctx, sub)
	if err != nil {
		return Response{}, fmt.Errorf("bot: save subscription for channel %s: %w", req.ChannelID, err)
	}
	h.logger.InfoContext(ctx, "subscription saved", "guild_id", saved.GuildID, "channel_id", saved.ChannelID,
		"subscription_id", saved.ID, "time", saved.Time, "timezone", saved.Timezone)
	text := fmt.Sprintf("This channel will get the daily digest at %s (%s)%s.", saved.Time, saved.Timezone, scopeText(saved.Governorate))
	if saved.Alerts {
		text += fmt.Sprintf(" It will also get an alert for every incident with at least %d killed.", saved.MinKilled)
	}
	text += " Running /subscribe again replaces these settings; /unsubscribe stops them."
	return Response{Ephemeral: true, Title: "Subscribed", Body: text}, nil
}

func (h *Handler) unsubscribe(ctx context.Context, req Request) (Response, error) {
	if err := requireManager(req); err != nil {
		return Response{}, err
	}
	ok, err := h.deps.Store.DeleteSubscription(ctx, req.GuildID, req.ChannelID)
	if err != nil {
		return Response{}, fmt.Errorf("bot: delete subscription for channel %s: %w", req.ChannelID, err)
	}
	if !ok {
		return Response{}, userErrorf("This channel has no subscription. /subscriptions lists this server's.")
	}
	return Response{Ephemeral: true, Title: "Unsubscribed", Body: "This channel will get no more digests or alerts. /subscribe starts them again."}, nil
}

func (h *Handler) subscriptions(ctx context.Context, req Request) (Response, error) {
	if req.GuildID == "" {
		return Response{}, userErrorf("Subscriptions belong to a server: run /subscriptions in a server channel.")
	}
	subs, err := h.deps.Store.Subscriptions(ctx, req.GuildID)
	if err != nil {
		return Response{}, fmt.Errorf("bot: subscriptions of guild %s: %w", req.GuildID, err)
	}
	resp := Response{Ephemeral: true, Title: "Subscriptions in this server"}
	if len(subs) == 0 {
		resp.Body = "None yet. Run /subscribe in the channel that should get the daily digest."
		return resp, nil
	}
	for _, s := range subs {
		it := Item{Title: "#" + s.ChannelID, Lines: []string{
			fmt.Sprintf("Daily at %s (%s)%s", s.Time, s.Timezone, scopeText(s.Governorate)),
		}}
		if s.Alerts {
			it.Lines = append(it.Lines, fmt.Sprintf("Alerts from %d killed", s.MinKilled))
		}
		if s.Disabled {
			it.Lines = append(it.Lines, "Stopped: "+s.DisabledReason+" Fix the bot's access, then /subscribe again in that channel.")
		}
		resp.Items = append(resp.Items, it)
	}
	return resp, nil
}

// requireManager refuses subscription changes outside a server or without
// Manage Channels: Discord hides the command by default_member_permissions,
// but server admins can override that, so the bot checks again.
func requireManager(req Request) error {
	if req.GuildID == "" || req.ChannelID == "" {
		return userErrorf("Subscriptions are per server channel: run this command in the channel that should get the digest.")
	}
	if !req.canManage() {
		return userErrorf("You need the Manage Channels permission in this channel to change its subscription. Ask a moderator.")
	}
	return nil
}

func scopeText(governorate string) string {
	if governorate == "" {
		return ", all of Syria"
	}
	return ", " + governorate + " only"
}
