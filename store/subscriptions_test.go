package store

import (
	"errors"
	"testing"
	"time"

	"github.com/sitrep/sitrep/digest"
)

func TestSubscriptions(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	ctx := t.Context()
	save := func(sub digest.Subscription) digest.Subscription {
		t.Helper()
		got, err := s.SaveSubscription(ctx, sub)
		if err != nil {
			t.Fatalf("SaveSubscription: %v", err)
		}
		return got
	}
	list := func(guild string) []digest.Subscription {
		t.Helper()
		subs, err := s.Subscriptions(ctx, guild)
		if err != nil {
			t.Fatalf("Subscriptions(%q): %v", guild, err)
		}
		return subs
	}

	a := save(digest.Subscription{GuildID: "g1", ChannelID: "c1", Time: "07:00", Timezone: "Asia/Damascus",
		Governorate: "Idlib", Alerts: true, MinKilled: 5, CreatedBy: "u1", CreatedAt: t0.In(time.FixedZone("X", 3600))})
	if a.ID == 0 || !a.CreatedAt.Equal(t0) || a.CreatedAt.Location() != time.UTC {
		t.Errorf("SaveSubscription = %+v, want an ID and CreatedAt %v UTC", a, t0)
	}
	b := save(digest.Subscription{GuildID: "g2", ChannelID: "c2", Time: "08:00", Timezone: "UTC"})
	if b.CreatedAt.IsZero() {
		t.Error("SaveSubscription left CreatedAt zero")
	}
	if got := list(""); len(got) != 2 || got[0] != a {
		t.Errorf("Subscriptions(\"\") = %+v, want [%+v, b]", got, a)
	}

	// Disabling keeps it listed; saving the channel again replaces it in
	// place and enables it.
	if err := s.DisableSubscription(ctx, a.ID, "missing access"); err != nil {
		t.Fatal(err)
	}
	if got := list("g1"); len(got) != 1 || !got[0].Disabled || got[0].DisabledReason != "missing access" {
		t.Errorf("Subscriptions(g1) after disable = %+v", got)
	}
	a2 := save(digest.Subscription{GuildID: "g1", ChannelID: "c1", Time: "09:30", Timezone: "UTC", CreatedAt: t0.Add(time.Hour)})
	if a2.ID != a.ID {
		t.Errorf("resaved subscription ID = %d, want %d", a2.ID, a.ID)
	}
	if got := list("g1"); len(got) != 1 || got[0] != a2 || got[0].Disabled || got[0].Alerts {
		t.Errorf("Subscriptions(g1) after resave = %+v, want [%+v]", got, a2)
	}

	if err := s.DisableSubscription(ctx, 999, "x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("DisableSubscription(unknown) = %v, want ErrNotFound", err)
	}
	if ok, err := s.DeleteSubscription(ctx, "g2", "c1"); ok || err != nil {
		t.Errorf("DeleteSubscription of another guild's channel = %v, %v; want false", ok, err)
	}
	if ok, err := s.DeleteSubscription(ctx, "g1", "c1"); !ok || err != nil {
		t.Errorf("DeleteSubscription = %v, %v; want true", ok, err)
	}
	if ok, err := s.DeleteSubscription(ctx, "g1", "c1"); ok || err != nil {
		t.Errorf("second DeleteSubscription = %v, %v; want false", ok, err)
	}
	if got := list(""); len(got) != 1 || got[0].ID != b.ID {
		t.Errorf("Subscriptions after delete = %+v, want only %d", got, b.ID)
	}
	if _, err := s.SaveSubscription(ctx, digest.Subscription{GuildID: "g1"}); err == nil {
		t.Error("SaveSubscription without a channel succeeded")
	}
}

func TestDeliveries(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	ctx := t.Context()
	sub, err := s.SaveSubscription(ctx, digest.Subscription{GuildID: "g", ChannelID: "c", Time: "07:00", Timezone: "UTC"})
	if err != nil {
		t.Fatal(err)
	}
	slot := t0.In(time.FixedZone("Damascus", 3*3600))
	if ok, err := s.Delivered(ctx, sub.ID, slot); ok || err != nil {
		t.Fatalf("Delivered before = %v, %v; want false", ok, err)
	}
	d := digest.Delivery{SubscriptionID: sub.ID, ChannelID: "c", Slot: slot, WindowFrom: t0.Add(-24 * time.Hour),
		WindowTo: t0, MessageIDs: []string{"m1", "m2"}, DeliveredAt: t0.Add(time.Minute)}
	for range 2 {
		if err := s.RecordDelivery(ctx, d); err != nil {
			t.Fatalf("RecordDelivery: %v", err)
		}
	}
	if n := count(t, s, `SELECT COUNT(*) FROM deliveries`); n != 1 {
		t.Errorf("deliveries = %d, want 1", n)
	}
	// The same instant in another zone is the same slot; the next day is not.
	if ok, err := s.Delivered(ctx, sub.ID, t0); !ok || err != nil {
		t.Errorf("Delivered = %v, %v; want true", ok, err)
	}
	if ok, err := s.Delivered(ctx, sub.ID, t0.Add(24*time.Hour)); ok || err != nil {
		t.Errorf("Delivered(next day) = %v, %v; want false", ok, err)
	}
	if err := s.RecordDelivery(ctx, digest.Delivery{SubscriptionID: sub.ID}); err == nil {
		t.Error("RecordDelivery without a slot succeeded")
	}
	// Deleting the subscription forgets its deliveries.
	if _, err := s.DeleteSubscription(ctx, "g", "c"); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, `SELECT COUNT(*) FROM deliveries`); n != 0 {
		t.Errorf("deliveries after delete = %d, want 0", n)
	}
}

func TestMarkAlerted(t *testing.T) {
	t.Parallel()
	s := openTest(t)
	for _, tt := range []struct {
		channel, key string
		want         bool
	}{
		{"c1", "k1", true},
		{"c1", "k1", false},
		{"c2", "k1", true},
		{"c1", "k2", true},
	} {
		first, err := s.MarkAlerted(t.Context(), tt.channel, tt.key, t0)
		if err != nil || first != tt.want {
			t.Errorf("MarkAlerted(%s, %s) = %v, %v; want %v", tt.channel, tt.key, first, err, tt.want)
		}
	}
	if _, err := s.MarkAlerted(t.Context(), "", "k", t0); err == nil {
		t.Error("MarkAlerted without a channel succeeded")
	}
}
