package dedupe_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/dedupe"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

type row struct {
	ref dedupe.Ref
	l   training.Learner
}

func learner(name, birth, cccd, phone, commune string) training.Learner {
	l := training.Learner{Name: person.ParseName(name)}
	if birth != "" {
		l.BirthDate = vietnam.MustParseDate(birth)
	}
	if cccd != "" {
		l.CCCD = person.MustParseCCCD(cccd)
	}
	if phone != "" {
		l.Phone = person.MustParsePhone(phone)
	}
	if commune != "" {
		l.Commune = admin.MustParseCode(admin.Era2025, admin.LevelCommune, commune)
	}
	l.ID = training.LearnerID(name)
	return l
}

func dedupeRows() []row {
	return []row{
		// An on two rosters by CCCD, with two phones.
		{dedupe.Ref{Source: "lai-thieu", Row: 3}, learner("Nguyễn Văn An", "12/3/1985", "074085001234", "0912345678", "25966")},
		{dedupe.Ref{Source: "tnv-smartca", Row: 8}, learner("NGUYEN VAN AN", "12/3/1985", "074085001234", "0977888999", "25966")},
		// Bình: no CCCD; the same phone and name, tones or not.
		{dedupe.Ref{Source: "lai-thieu", Row: 4}, learner("Trần Thị Bình", "", "", "0903123456", "")},
		{dedupe.Ref{Source: "tnv-smartca", Row: 2}, learner("Tran Thi Binh", "5/7/1990", "", "0903123456", "25942")},
		// …and her third row matches the second by name, birth date and commune.
		{dedupe.Ref{Source: "di-an", Row: 5}, learner("Trần Thị Bình", "5/7/1990", "", "0911000111", "25942")},
		// Another Trần Thị Bình: another phone, no birth date: a different person.
		{dedupe.Ref{Source: "di-an", Row: 6}, learner("Trần Thị Bình", "", "", "0911000222", "25942")},
	}
}

// equateValues compares the library's value types, which are comparable
// but keep their fields unexported.
var equateValues = cmpopts.EquateComparable(person.CCCD{}, person.CMND{}, person.Phone{}, person.TaxCode{}, admin.Code{}, vietnam.Date{})

func runDedupe(rows []row, separate ...dedupe.Ref) []dedupe.Person {
	d := dedupe.New()
	for _, r := range separate {
		d.Separate(r)
	}
	for _, r := range rows {
		d.Add(r.ref, r.l)
	}
	people, err := d.Result(context.Background())
	if err != nil {
		panic(err)
	}
	return people
}

func TestDedupe(t *testing.T) {
	people := runDedupe(dedupeRows())
	require.Len(t, people, 3)
	ref := func(s string, n int) dedupe.Ref { return dedupe.Ref{Source: s, Row: n} }

	binh, other, an := people[0], people[1], people[2]
	assert.Equal(t, []dedupe.Ref{ref("di-an", 5), ref("lai-thieu", 4), ref("tnv-smartca", 2)}, binh.Rows)
	assert.Equal(t, []dedupe.Merge{
		{Row: ref("lai-thieu", 4), With: ref("tnv-smartca", 2), Key: dedupe.KeyPhoneName},
		{Row: ref("tnv-smartca", 2), With: ref("di-an", 5), Key: dedupe.KeyNameBirthCommune},
	}, binh.Merges)
	assert.Equal(t, []string{"phone: 0903 123 456 | 0911 000 111"}, conflictStrings(binh))
	assert.Equal(t, vietnam.MustParseDate("5/7/1990"), binh.Learner.BirthDate, "filled from another row")

	assert.Equal(t, []dedupe.Ref{ref("di-an", 6)}, other.Rows)
	assert.Empty(t, other.Merges)

	assert.Equal(t, training.LearnerID("074085001234"), an.ID)
	assert.Equal(t, []dedupe.Merge{{Row: ref("tnv-smartca", 8), With: ref("lai-thieu", 3), Key: dedupe.KeyCCCD}}, an.Merges)
	assert.Equal(t, []string{"name: nguyen van an", "phone: 0912 345 678 | 0977 888 999"}[1:], conflictStrings(an),
		"names that fold alike do not conflict")
	assert.Equal(t, "Nguyễn Văn An", an.Learner.Name.String(), "the first row's spelling")
	assert.Equal(t, "lai-thieu:3 = tnv-smartca:8 by cccd", dedupe.Merge{Row: ref("lai-thieu", 3), With: ref("tnv-smartca", 8), Key: dedupe.KeyCCCD}.String())
}

func conflictStrings(p dedupe.Person) []string {
	var out []string
	for _, c := range p.Conflicts {
		out = append(out, c.String())
	}
	return out
}

func TestDedupeSeparate(t *testing.T) {
	// A data officer decides the SmartCA row is someone else: the merge is undone.
	people := runDedupe(dedupeRows(), dedupe.Ref{Source: "tnv-smartca", Row: 8})
	assert.Len(t, people, 4)
	for _, p := range people {
		if p.ID == "074085001234" {
			assert.Len(t, p.Rows, 1)
		}
	}
}

func TestDedupeOrderIndependent(t *testing.T) {
	rows := dedupeRows()
	want := runDedupe(rows)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		rng.Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
		if diff := cmp.Diff(want, runDedupe(rows), equateValues); diff != "" {
			t.Fatalf("order changed the result (-want +got)\n%s", diff)
		}
	}
}

func TestKeyString(t *testing.T) {
	assert.Equal(t, "cccd", dedupe.KeyCCCD.String())
	assert.Equal(t, "phone+name", dedupe.KeyPhoneName.String())
	assert.Equal(t, "name+birth+commune", dedupe.KeyNameBirthCommune.String())
	assert.Equal(t, "Key(0)", dedupe.Key(0).String())
	assert.Equal(t, "Key(4)", dedupe.Key(4).String())
	assert.Equal(t, "Key(255)", dedupe.Key(255).String())
}

// FuzzDedupe builds rows from a few names, phones, CCCDs and dates chosen
// by the fuzzer and checks that the result does not depend on the order of
// the rows and that every row lands in exactly one person.
func FuzzDedupe(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
	f.Add([]byte{255, 0, 255, 0, 17, 34, 51})
	names := []string{"Nguyễn Văn An", "Nguyen Van An", "Trần Thị Bình", "Lê C"}
	phones := []string{"", "0912345678", "0903123456"}
	ids := []string{"", "074085001234", "079190004321"}
	births := []string{"", "12/3/1985", "5/7/1990"}
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 60 {
			b = b[:60]
		}
		var rows []row
		for i, c := range b {
			l := learner(names[int(c)%4], births[int(c/4)%3], ids[int(c/12)%3], phones[int(c/36)%3], "")
			if c%2 == 0 {
				l.Commune = admin.MustParseCode(admin.Era2025, admin.LevelCommune, "25966")
			}
			rows = append(rows, row{dedupe.Ref{Source: fmt.Sprint(i % 3), Row: i}, l})
		}
		want := runDedupe(rows)
		seen := map[dedupe.Ref]bool{}
		for _, p := range want {
			assert.Len(t, p.Merges, len(p.Rows)-1)
			for _, r := range p.Rows {
				if seen[r] {
					t.Fatalf("row %v in two people", r)
				}
				seen[r] = true
			}
		}
		if len(seen) != len(rows) {
			t.Fatalf("%d rows, %d placed", len(rows), len(seen))
		}
		for i, j := 0, len(rows)-1; i < j; i, j = i+1, j-1 {
			rows[i], rows[j] = rows[j], rows[i]
		}
		if diff := cmp.Diff(want, runDedupe(rows), equateValues); diff != "" {
			t.Fatalf("order changed the result (-want +got)\n%s", diff)
		}
	})
}

func TestZeroRefAndMergePrintEmpty(t *testing.T) {
	assert.Equal(t, "", dedupe.Ref{}.String())
	assert.Equal(t, "", dedupe.Merge{}.String())
}

// TestDedupeKeepsEveryField: a person comes back from the deduper with
// every field of its row, the rare ones included (a CMND, a tax code, a
// name written given name first).
func TestDedupeKeepsEveryField(t *testing.T) {
	org1 := training.Learner{ID: "0100109106-001", Name: person.ParseName("Chi nhánh Viettel Bình Dương"),
		TaxCode: person.MustParseTaxCode("0100109106-001"), Unit: "doan-phuong-lai-thieu", Group: "doanh_nghiep"}
	cmnd, err := person.ParseCMND("280123456")
	require.NoError(t, err)
	hhen := training.Learner{ID: "kp#3", Name: person.ParseName("H'Hen Niê"), CMND: cmnd, Sex: person.Female,
		BirthDate: vietnam.MustParseDate("2/3/1990"), BirthYear: 1990, Address: "Buôn Ko Siêr", Household: "ho-12",
		Phone: person.MustParsePhone("0912345678"), Ethnicity: 12, Unit: "doan-xa-ea-kao", Group: "dan_toc_thieu_so"}
	d := dedupe.New()
	d.Add(dedupe.Ref{Source: "a", Row: 2}, org1)
	d.Add(dedupe.Ref{Source: "b", Row: 3}, hhen)
	people, err := d.Result(context.Background())
	require.NoError(t, err)
	require.Len(t, people, 2)
	if diff := cmp.Diff([]training.Learner{org1, hhen}, []training.Learner{people[0].Learner, people[1].Learner}, equateValues); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = d.Result(ctx)
	assert.ErrorIs(t, err, context.Canceled)
}

// The zero Conflict and Merge, no conflict and no merge, print as "", as
// the module's zero values of structs do; any other prints its parts.
func TestZeroConflictAndMerge(t *testing.T) {
	tests := []struct {
		v    fmt.Stringer
		want string
	}{
		{dedupe.Conflict{}, ""},
		{dedupe.Merge{}, ""},
		{dedupe.Conflict{Field: training.FieldPhone, Values: []string{"0912 345 678", "0977 888 999"}}, "phone: 0912 345 678 | 0977 888 999"},
		{dedupe.Conflict{Values: []string{"x"}}, "ignored: x"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.v.String(), "%#v", tt.v)
	}
}
