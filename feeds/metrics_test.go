package feeds

import (
	"net/http"
	"sync/atomic"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

func TestMetrics(t *testing.T) {
	t.Parallel()
	var n atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch n.Add(1) {
		case 1:
			w.Header().Set("ETag", `"a"`)
			w.Write([]byte(rssFeed([3]string{"g1", "One", ""}, [3]string{"g2", "Two", ""})))
		case 2:
			w.WriteHeader(http.StatusNotModified)
		default:
			w.WriteHeader(http.StatusBadGateway)
		}
	})
	reg := prometheus.NewRegistry()
	opt := testOptions(&clock{now: testNow}, &extractStub{})
	opt.Metrics = NewMetrics(reg)
	p := NewPoller(newFakeStore(), []Feed{{Name: "M", URL: srv.URL}}, opt)
	for range 4 { // ok, 304, 502, then backoff
		p.PollAll(t.Context())
	}

	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, mf := range families {
		for _, m := range mf.GetMetric() {
			got[mf.GetName()+labels(m)] += value(m)
		}
	}
	want := map[string]float64{
		`sitrep_feed_polls_total{status="ok"}`:           1,
		`sitrep_feed_polls_total{status="not_modified"}`: 1,
		`sitrep_feed_polls_total{status="error"}`:        1,
		`sitrep_feed_polls_total{status="backoff"}`:      1,
		`sitrep_feed_not_modified_total`:                 1,
		`sitrep_feed_errors_total{class="http_5xx"}`:     1,
		`sitrep_feed_new_items_total`:                    2,
		`sitrep_feed_reports_total`:                      2,
		`sitrep_feed_poll_duration_seconds`:              3, // sample count: backoff skips are not timed
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
}

func TestNilMetrics(t *testing.T) {
	t.Parallel()
	var m *Metrics
	m.observe(Result{Status: StatusOK}, 3) // must not panic
}

func labels(m *dto.Metric) string {
	s := ""
	for _, l := range m.GetLabel() {
		s += l.GetName() + `="` + l.GetValue() + `"`
	}
	if s == "" {
		return ""
	}
	return "{" + s + "}"
}

func value(m *dto.Metric) float64 {
	switch {
	case m.Counter != nil:
		return m.Counter.GetValue()
	case m.Histogram != nil:
		return float64(m.Histogram.GetSampleCount())
	}
	return 0
}
