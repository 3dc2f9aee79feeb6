package sim

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
)

// WriteCSV writes one row per payment (payments.csv).
func (r *Result) WriteCSV(out io.Writer) error {
	cw := csv.NewWriter(out)
	if err := cw.Write([]string{"id", "start_s", "end_s", "payer", "payee", "amount_wei", "success", "attempts",
		"hops", "fee_wei", "reason", "failed_at", "staleness_s"}); err != nil {
		return err
	}
	for _, p := range r.Records {
		stale := ""
		if p.Staleness >= 0 {
			stale = fmtFloat(p.Staleness.Seconds())
		}
		if err := cw.Write([]string{strconv.Itoa(p.ID), fmtFloat(p.Start.Seconds()), fmtFloat(p.End.Seconds()),
			p.Payer, p.Payee, p.Amount.Dec(), strconv.FormatBool(p.Success), strconv.Itoa(p.Attempts),
			strconv.Itoa(p.Hops), p.Fee.Dec(), p.Reason, p.FailedAt, stale}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteJSON writes the summary with the time series (summary.json).
func (r *Result) WriteJSON(out io.Writer) error {
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Summary
		Series []Sample `json:"series"`
	}{r.Summary, r.Series})
}

// WriteText writes the one-screen summary.
func (r *Result) WriteText(out io.Writer) error {
	s := &r.Summary
	p := func(format string, args ...any) { fmt.Fprintf(out, format, args...) }
	p("scenario %q seed %d: %d hubs, %d users, %d channels; %.0f s of virtual time, %d events\n",
		s.Name, s.Seed, s.Hubs, s.Users, s.Channels, s.VirtualSeconds, s.Events)
	p("payments   %d, succeeded %d (%.1f%%)\n", s.Payments, s.Succeeded, 100*s.SuccessRatio)
	p("by amount ")
	for _, b := range s.ByAmount {
		if b.Payments == 0 {
			continue
		}
		up := "<= " + b.UpToWei
		if b.UpToWei == "" {
			up = "larger"
		}
		p(" [%s: %.0f%% of %d]", up, 100*b.Ratio, b.Payments)
	}
	p("\nfees       %s wei in all; per payment %.0f ppm mean, %.0f p95\n", s.FeesWei, s.FeePPM.Mean, s.FeePPM.P95)
	p("hops       mean %.2f, p95 %.0f, max %.0f (hubs on the route)\n", s.Hops.Mean, s.Hops.P95, s.Hops.Max)
	p("time       mean %.3f s, p50 %.3f s, p95 %.3f s to complete\n", s.TimeToComplete.Mean, s.TimeToComplete.P50, s.TimeToComplete.P95)
	p("retries    mean %.2f, max %.0f\n", s.Retries.Mean, s.Retries.Max)
	p("failures  ")
	for _, k := range s.reasons() {
		p(" %s %d", k, s.FailureReasons[k])
	}
	p("\nstaleness  of the failed hop in the payer's view: mean %.0f s, p95 %.0f s (%d failures)\n",
		s.Staleness.Mean, s.Staleness.P95, s.Staleness.N)
	p("collateral %d top-ups, %s wei; %d reclaims, %s wei (idle: %d, %s wei)\n", s.TopUps, s.TopUpWei, s.Reclaims,
		s.ReclaimWei, s.IdleReclaims, s.IdleReclaimWei)
	p("gossip     %d sent, %d lost, %d bytes; %d accepted, %d ignored, %d rejected\n", s.Gossip.Sent, s.Gossip.Lost,
		s.Gossip.Bytes, s.Gossip.Accepted, s.Gossip.Ignored, s.Gossip.Rejected)
	p("revenue   ")
	for i, h := range s.HubRevenue {
		if i == 8 {
			p(" ... (%d hubs, all in summary.json)", len(s.HubRevenue))
			break
		}
		p(" %s %s (%d)", h.Hub, h.RevenueWei, h.Forwards)
	}
	p("\n")
	if s.Errors > 0 {
		p("errors     %d unexpected errors of the simulated code; first: %s\n", s.Errors, s.FirstErrors[0])
	}
	return nil
}
