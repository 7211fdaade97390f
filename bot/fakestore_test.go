package bot

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep/digest"
)

// fakeStore is an in-memory Store. Articles are kept sorted by publication
// time so that window reads are binary searches, as an indexed table's are.
type fakeStore struct {
	mu       sync.Mutex
	articles []digest.Article
	byGov    map[string][]int // relevant articles' indexes by governorate, as an index would

	feeds      []digest.FeedStatus
	subs       []digest.Subscription
	nextID     int64
	deliveries map[int64]map[time.Time]digest.Delivery
	alerted    map[[2]string]bool
}

func newFakeStore(articles ...digest.Article) *fakeStore {
	s := &fakeStore{deliveries: map[int64]map[time.Time]digest.Delivery{}, alerted: map[[2]string]bool{}}
	s.add(articles...)
	return s
}

func (s *fakeStore) add(articles ...digest.Article) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.articles = append(s.articles, articles...)
	slices.SortStableFunc(s.articles, func(a, b digest.Article) int { return a.Published.Compare(b.Published) })
	s.byGov = map[string][]int{}
	for i, a := range s.articles {
		if a.Report.Relevant {
			for _, g := range a.Report.Governorates() {
				s.byGov[g] = append(s.byGov[g], i)
			}
		}
	}
}

func (s *fakeStore) Articles(_ context.Context, from, to time.Time) ([]digest.Article, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := sort.Search(len(s.articles), func(i int) bool { return !s.articles[i].Published.Before(from) })
	j := sort.Search(len(s.articles), func(i int) bool { return !s.articles[i].Published.Before(to) })
	// Shared, not copied, as a read-only view (capped so appends cannot
	// clobber): a copy would measure the fake, not the bot.
	return s.articles[i:j:j], nil
}

func (s *fakeStore) LatestArticles(_ context.Context, limit int, governorate string) ([]digest.Article, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []digest.Article
	if governorate != "" {
		idx := s.byGov[governorate]
		for i := len(idx) - 1; i >= 0 && len(out) < limit; i-- {
			out = append(out, s.articles[idx[i]])
		}
		return out, nil
	}
	for i := len(s.articles) - 1; i >= 0 && len(out) < limit; i-- {
		if s.articles[i].Report.Relevant {
			out = append(out, s.articles[i])
		}
	}
	return out, nil
}

func (s *fakeStore) FeedStatuses(context.Context) ([]digest.FeedStatus, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.feeds), nil
}

func (s *fakeStore) SaveSubscription(_ context.Context, sub digest.Subscription) (digest.Subscription, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.subs = slices.DeleteFunc(s.subs, func(x digest.Subscription) bool { return x.ChannelID == sub.ChannelID })
	s.nextID++
	sub.ID = s.nextID
	if sub.CreatedAt.IsZero() {
		sub.CreatedAt = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	s.subs = append(s.subs, sub)
	return sub, nil
}

func (s *fakeStore) DeleteSubscription(_ context.Context, guildID, channelID string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := len(s.subs)
	s.subs = slices.DeleteFunc(s.subs, func(x digest.Subscription) bool {
		return x.GuildID == guildID && x.ChannelID == channelID
	})
	return len(s.subs) < n, nil
}

func (s *fakeStore) Subscriptions(_ context.Context, guildID string) ([]digest.Subscription, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []digest.Subscription
	for _, x := range s.subs {
		if guildID == "" || x.GuildID == guildID {
			out = append(out, x)
		}
	}
	return out, nil
}

func (s *fakeStore) DisableSubscription(_ context.Context, id int64, reason string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.subs {
		if s.subs[i].ID == id {
			s.subs[i].Disabled, s.subs[i].DisabledReason = true, reason
		}
	}
	return nil
}

func (s *fakeStore) Delivered(_ context.Context, id int64, slot time.Time) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.deliveries[id][slot.UTC()]
	return ok, nil
}

func (s *fakeStore) RecordDelivery(_ context.Context, d digest.Delivery) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.deliveries[d.SubscriptionID] == nil {
		s.deliveries[d.SubscriptionID] = map[time.Time]digest.Delivery{}
	}
	s.deliveries[d.SubscriptionID][d.Slot.UTC()] = d
	return nil
}

func (s *fakeStore) MarkAlerted(_ context.Context, channelID, key string, _ time.Time) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := [2]string{channelID, key}
	if s.alerted[k] {
		return false, nil
	}
	s.alerted[k] = true
	return true, nil
}

// deliveryCount is how many slots were recorded, over all subscriptions.
func (s *fakeStore) deliveryCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, m := range s.deliveries {
		n += len(m)
	}
	return n
}

// fakeGazetteer knows a few places and their spelling variants.
type fakeGazetteer struct{}

var gazPlaces = []struct {
	place    digest.Place
	variants []string
}{
	{digest.Place{Name: "Douma", Governorate: "Rif Dimashq"}, []string{"Duma"}},
	{digest.Place{Name: "Maarat al-Numan", Governorate: "Idlib"}, []string{"Maaret al-Numan", "Ma'arrat al-Nu'man"}},
	{digest.Place{Name: "Idlib", Governorate: "Idlib"}, nil},
	{digest.Place{Name: "Aleppo", Governorate: "Aleppo"}, []string{"Halab"}},
}

func (fakeGazetteer) Complete(prefix string, limit int) []digest.Place {
	var out []digest.Place
	for _, p := range gazPlaces {
		for _, n := range append([]string{p.place.Name}, p.variants...) {
			if len(out) < limit && len(n) >= len(prefix) && equalFoldPrefix(n, prefix) {
				out = append(out, p.place)
				break
			}
		}
	}
	return out
}

func (fakeGazetteer) Lookup(name string) (digest.Place, bool) {
	for _, p := range gazPlaces {
		for _, n := range append([]string{p.place.Name}, p.variants...) {
			if len(n) == len(name) && equalFoldPrefix(n, name) {
				return p.place, true
			}
		}
	}
	return digest.Place{}, false
}

func equalFoldPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
