package feeds

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the poller's Prometheus collectors. A nil *Metrics records
// nothing, so every method is safe to call on it.
type Metrics struct {
	polls       *prometheus.CounterVec
	notModified prometheus.Counter
	errors      *prometheus.CounterVec
	newItems    prometheus.Counter
	reports     prometheus.Counter
	latency     prometheus.Histogram
}

// NewMetrics registers the poller's collectors with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		polls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sitrep_feed_polls_total", Help: "Feed polls by outcome (ok, not_modified, error, backoff).",
		}, []string{"status"}),
		notModified: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sitrep_feed_not_modified_total", Help: "Feed polls answered 304 Not Modified (parse skipped).",
		}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sitrep_feed_errors_total", Help: "Failed feed polls by class (timeout, http_4xx, http_5xx, parse, too_large, network, redirect, store, canceled, other).",
		}, []string{"class"}),
		newItems: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sitrep_feed_new_items_total", Help: "Items committed for the first time.",
		}),
		reports: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sitrep_feed_reports_total", Help: "New items committed with an extracted report.",
		}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "sitrep_feed_poll_duration_seconds", Help: "Time to poll one feed: fetch, parse, extract and commit.",
			Buckets: prometheus.ExponentialBuckets(0.01, 2.5, 10),
		}),
	}
	reg.MustRegister(m.polls, m.notModified, m.errors, m.newItems, m.reports, m.latency)
	return m
}

// observe records one poll's result.
func (m *Metrics) observe(r Result, inserted int) {
	if m == nil {
		return
	}
	m.polls.WithLabelValues(string(r.Status)).Inc()
	switch r.Status {
	case StatusNotModified:
		m.notModified.Inc()
	case StatusError:
		m.errors.WithLabelValues(errorClass(r.Err)).Inc()
	}
	if r.Status == StatusBackoff {
		return
	}
	m.newItems.Add(float64(inserted))
	m.reports.Add(float64(len(r.New)))
	m.latency.Observe(r.Duration.Seconds())
}
