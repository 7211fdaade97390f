package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// newTestScheduler returns the scheduler of a bot on the fake API (no gateway).
func newTestScheduler(t *testing.T, fd *fakeDiscord, s *fakeStore) *scheduler {
	t.Helper()
	b, _ := newTestBot(t, fd, s, Config{})
	return b.sched
}

func subscribe(t *testing.T, s *fakeStore, sub digest.Subscription) digest.Subscription {
	t.Helper()
	if sub.GuildID == "" {
		sub.GuildID = "g1"
	}
	saved, err := s.SaveSubscription(context.Background(), sub)
	if err != nil {
		t.Fatal(err)
	}
	return saved
}

func TestLastSlot(t *testing.T) {
	t.Parallel()
	berlin := digest.Subscription{Time: "08:00", Timezone: "Europe/Berlin"} // UTC+1 in March
	tests := []struct {
		name   string
		now    time.Time
		window time.Duration
		want   time.Time // zero: none
	}{
		{"just before", time.Date(2026, 3, 10, 6, 59, 0, 0, time.UTC), 24 * time.Hour, time.Date(2026, 3, 9, 7, 0, 0, 0, time.UTC)},
		{"at the slot", time.Date(2026, 3, 10, 7, 0, 0, 0, time.UTC), 24 * time.Hour, time.Date(2026, 3, 10, 7, 0, 0, 0, time.UTC)},
		{"two days later: most recent only", time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC), 24 * time.Hour, time.Date(2026, 3, 12, 7, 0, 0, 0, time.UTC)},
		{"outside a short window", time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC), 4 * time.Hour, time.Time{}},
		{"after the DST change", time.Date(2026, 3, 30, 6, 30, 0, 0, time.UTC), 24 * time.Hour, time.Date(2026, 3, 30, 6, 0, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, ok, err := lastSlot(berlin, tc.now, tc.window)
			if err != nil {
				t.Fatal(err)
			}
			if ok != !tc.want.IsZero() || !got.Equal(tc.want) {
				t.Errorf("lastSlot(08:00 Berlin, %s, %s) = %s, %v; want %s", tc.now, tc.window, got, ok, tc.want)
			}
		})
	}
}

func TestDigestPostedOncePerSlot(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	s := fixtureStore()
	sub := subscribe(t, s, digest.Subscription{ChannelID: "c1", Time: "13:00", Timezone: "Asia/Damascus"}) // 10:00 UTC
	sched := newTestScheduler(t, fd, s)
	ctx := t.Context()

	steps := []struct {
		now       time.Time
		wantPosts int // in total so far
	}{
		{time.Date(2026, 3, 10, 9, 59, 0, 0, time.UTC), 1}, // catch-up: yesterday's 10:00 is within 24h
		{time.Date(2026, 3, 10, 9, 59, 30, 0, time.UTC), 1},
		{time.Date(2026, 3, 10, 10, 0, 0, 0, time.UTC), 2}, // today's slot
		{time.Date(2026, 3, 10, 10, 1, 0, 0, time.UTC), 2},
	}
	for _, st := range steps {
		if err := sched.tick(ctx, st.now); err != nil {
			t.Fatalf("tick(%s): %v", st.now, err)
		}
		if got := len(fd.matching("POST", "/channels/c1/messages")); got != st.wantPosts {
			t.Fatalf("after tick(%s): %d posts, want %d", st.now, got, st.wantPosts)
		}
	}
	// A restart (a new scheduler on the same store) posts nothing again.
	if err := newTestScheduler(t, fd, s).tick(ctx, time.Date(2026, 3, 10, 10, 2, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if got := len(fd.matching("POST", "/channels/c1/messages")); got != 2 {
		t.Errorf("after restart: %d posts, want 2", got)
	}
	d := s.deliveries[sub.ID][time.Date(2026, 3, 10, 10, 0, 0, 0, time.UTC)]
	if len(d.MessageIDs) == 0 || d.ChannelID != "c1" || !d.WindowTo.Equal(d.Slot) || d.WindowTo.Sub(d.WindowFrom) != 24*time.Hour {
		t.Errorf("delivery recorded = %+v", d)
	}
}

func TestMissedSlotsOlderThanTheWindowAreSkipped(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	s := fixtureStore()
	sub := subscribe(t, s, digest.Subscription{ChannelID: "c1", Time: "08:00", Timezone: "UTC"})
	// Down for three days: only the most recent slot is posted, once.
	sched := newTestScheduler(t, fd, s)
	now := time.Date(2026, 3, 13, 9, 0, 0, 0, time.UTC)
	for range 2 {
		if err := sched.tick(t.Context(), now); err != nil {
			t.Fatal(err)
		}
	}
	if got := len(fd.matching("POST", "/channels/c1/messages")); got != 1 {
		t.Errorf("%d posts, want 1", got)
	}
	if ok, _ := s.Delivered(t.Context(), sub.ID, time.Date(2026, 3, 13, 8, 0, 0, 0, time.UTC)); !ok {
		t.Errorf("the most recent slot was not recorded")
	}
}

func TestPostingRetriesAndDisables(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name         string
		status       int
		n            int
		body         string
		header       map[string]string
		wantRequests int
		wantDisabled string // "" = still enabled
	}{
		{"429 retry_after", 429, 1, `{"message":"You are being rate limited.","retry_after":0.01,"global":false}`, nil, 2, ""},
		{"global 429", 429, 1, `{"message":"You are being rate limited.","retry_after":0.01,"global":true}`,
			map[string]string{"X-RateLimit-Global": "true", "X-RateLimit-Reset-After": "0.01"}, 2, ""},
		{"5xx backoff", 502, 2, `{"message":"bad gateway"}`, nil, 3, ""},
		{"403 disables", 403, 1, `{"message":"Missing Access","code":50001}`, nil, 1, "refused the bot access"},
		{"404 disables", 404, 1, `{"message":"Unknown Channel","code":10003}`, nil, 1, "no longer exists"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fd := newFakeDiscord(t)
			s := fixtureStore()
			subscribe(t, s, digest.Subscription{ChannelID: "c9", Time: "08:00", Timezone: "UTC"})
			fd.inject("POST", "/channels/c9/messages", tc.n, tc.status, tc.body, tc.header)
			err := newTestScheduler(t, fd, s).tick(t.Context(), testNow)
			if got := len(fd.matching("POST", "/channels/c9/messages")); got != tc.wantRequests {
				t.Errorf("%d requests, want %d", got, tc.wantRequests)
			}
			subs, _ := s.Subscriptions(t.Context(), "")
			if tc.wantDisabled == "" {
				if err != nil || subs[0].Disabled || s.deliveryCount() != 1 {
					t.Errorf("tick = %v, subscription %+v, %d deliveries; want delivered", err, subs[0], s.deliveryCount())
				}
				return
			}
			if err == nil || !subs[0].Disabled || !strings.Contains(subs[0].DisabledReason, tc.wantDisabled) {
				t.Errorf("tick = %v, subscription %+v; want disabled for %q", err, subs[0], tc.wantDisabled)
			}
			// Disabled subscriptions are left alone.
			if err := newTestScheduler(t, fd, s).tick(t.Context(), testNow.Add(24*time.Hour)); err != nil || len(fd.matching("POST", "/channels/c9/")) != tc.wantRequests {
				t.Errorf("a disabled subscription was posted to (%v)", err)
			}
		})
	}
}

func TestAlertsOncePerIncidentPerChannel(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	s := fixtureStore()
	// Each channel also gets yesterday's 23:59 digest; only alerts are counted.
	subscribe(t, s, digest.Subscription{ChannelID: "a1", Time: "23:59", Timezone: "UTC", Alerts: true, MinKilled: 10})
	subscribe(t, s, digest.Subscription{ChannelID: "a2", Time: "23:59", Timezone: "UTC", Alerts: true, MinKilled: 5, Governorate: "Aleppo"})
	subscribe(t, s, digest.Subscription{ChannelID: "a3", Time: "23:59", Timezone: "UTC", Alerts: true, MinKilled: 1})
	s.subs[2].CreatedAt = testNow // subscribed after every report: nothing to alert
	sched := newTestScheduler(t, fd, s)
	for range 2 {
		if err := sched.tick(t.Context(), testNow); err != nil {
			t.Fatal(err)
		}
	}
	// Within 24h: Douma 12 civilians, Aleppo 4 civilians, Aleppo 9 government.
	alerts := func(ch string) []recorded {
		var out []recorded
		for _, r := range fd.matching("POST", "/channels/"+ch+"/messages") {
			if strings.Contains(string(r.Body), `"title":"Alert: `) {
				out = append(out, r)
			}
		}
		return out
	}
	for ch, want := range map[string]int{"a1": 1, "a2": 1, "a3": 0} {
		if got := len(alerts(ch)); got != want {
			t.Errorf("channel %s: %d alerts, want %d", ch, got, want)
		}
	}
	if r := alerts("a1"); len(r) == 1 && !strings.Contains(string(r[0].Body), "Douma") {
		t.Errorf("alert body %s, want the Douma incident", r[0].Body)
	}
}
