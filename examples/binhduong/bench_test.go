package main

import (
	"bytes"
	"context"
	"io"
	"strconv"
	"testing"

	"github.com/hocvuso/hocvuso/campaign"
	"github.com/hocvuso/hocvuso/training"
)

// BenchmarkDashboard runs the whole program on the default roster size:
// generation, import, resolution, deduplication, allocation, migration,
// rollups and the text dashboard.
func BenchmarkDashboard(b *testing.B) {
	b.ReportAllocs()
	args := []string{"-rows", strconv.Itoa(roster.Rows)}
	for b.Loop() {
		if command().Run(args, io.Discard, io.Discard) != 0 {
			b.Fatal("run failed")
		}
	}
}

// BenchmarkImportOnly is the baseline: the importer alone on the same
// generated roster, addresses resolved, what any tool reading the sheet
// pays. The difference is what the dashboard adds on top.
func BenchmarkImportOnly(b *testing.B) {
	b.ReportAllocs()
	data, err := roster.Open("", []string{province}, roster.Rows, campaign.MustParseWindow(mainCampaign.Window))
	if err != nil {
		b.Fatal(err)
	}
	im := training.NewImporter(training.ImportOptions{})
	for b.Loop() {
		if _, err := im.Import(context.Background(), bytes.NewReader(data), func(training.Entry) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
