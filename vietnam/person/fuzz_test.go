package person_test

import (
	"errors"
	"testing"
	"time"

	"github.com/hocvuso/hocvuso/vietnam/person"
)

func FuzzParsePhone(f *testing.F) {
	fuzzParser[person.Phone, *person.PhoneError]{
		name: "ParsePhone", parse: person.ParsePhone, prefix: "person: phone ",
		accepted: checkFuzzPhone,
	}.run(f,
		"0912 345 678", "+84 912345678", "84912345678", "(028) 3829 1234", // the forms
		"0168 123 4567", "04 3825 3523", "(08) 3829 1234", "0511 3821 234", // migrations
		"912345678", "0084 912 345 678", "+84 (0) 912 345 678", // variants
		"0672 012 345", "0992 012 345", "1800 1091", "1900 1234 56", "1022", "113", // VoIP, VSAT, service
		"069 12345", "0691 23456", "0199 2000", "028 8880 7505", // private networks, HCMC 0288
		"", "+", "()", "(0)", "+1 555", "0912\u00a0345", "\xff", "0123456789012345678", // edges
	)
}

// checkFuzzPhone checks a number ParsePhone accepted from s.
func checkFuzzPhone(t *testing.T, s string, p person.Phone) {
	if p.IsZero() || p.Kind() == person.KindUnknown {
		t.Fatalf("ParsePhone(%q) = %#v without error", s, p)
	}
	if p.Kind() == person.Mobile && p.Network() == person.NetworkUnknown {
		t.Fatalf("ParsePhone(%q): mobile without network", s)
	}
	// Every printed form reads back as the same current number.
	for _, form := range []string{p.E164(), p.National(), p.International(), p.String()} {
		if form == "" && (p.Kind() == person.ShortCode || p.Kind() == person.UAN) {
			continue // short and private-network numbers have no international form
		}
		q, err := person.ParsePhone(form)
		if err != nil {
			t.Fatalf("ParsePhone(%q) = %s; reparse of %q: %v", s, p.E164(), form, err)
		}
		if !q.Equal(p) || q.Migration() != person.NotMigrated {
			t.Fatalf("ParsePhone(%q) = %s; reparse of %q = %s (%v)", s, p.E164(), form, q.E164(), q.Migration())
		}
	}
	if p.Migration() != person.NotMigrated {
		old, err := person.ParsePhone(p.Legacy())
		if err != nil || old != p {
			t.Fatalf("ParsePhone(%q): legacy form %q reads as %v, %v", s, p.Legacy(), old, err)
		}
	}
}

func FuzzParseCCCD(f *testing.F) {
	fuzzParser[person.CCCD, *person.IDError]{
		name: "ParseCCCD", parse: person.ParseCCCD, prefix: "person: CCCD ",
		rejected: func(t *testing.T, s string, e *person.IDError) {
			if _, err := person.ParseCMND(s); err == nil && !errors.Is(e, person.ErrIsCMND) {
				t.Fatalf("ParseCCCD(%q): a valid CMND not reported as ErrIsCMND: %v", s, e)
			}
		},
		accepted: checkFuzzCCCD,
	}.run(f,
		"001099012345", "001 099 012 345", "079305000001", "101088000123", // valid
		"123456789", "00109901234x", "003099012345", "001499012345", "001299012345", "", "0", // errors
		"٠٠١٠٩٩٠١٢٣٤٥", "99999999999999999999999", // Arabic-Indic digits, overflow
	)
}

// FuzzParseCCCDAt: a number is accepted against a reference date exactly
// when its form is valid (accepted against the year 9999) and its birth
// year is not after the reference year; one refused for the date alone
// wraps ErrIDFuture. A zero reference date is today, as ParseCCCD.
func FuzzParseCCCDAt(f *testing.F) {
	for _, s := range []string{"001099012345", "001225012345", "079305000001", "001299012345", "003099012345", "", "123456789"} {
		f.Add(s, int16(2024))
	}
	f.Add("001226000001", int16(0))
	f.Fuzz(func(t *testing.T, s string, year int16) {
		if year == 0 {
			at, errAt := person.ParseCCCDAt(s, time.Time{})
			now, errNow := person.ParseCCCD(s)
			if at != now || (errAt == nil) != (errNow == nil) {
				t.Fatalf("ParseCCCDAt(%q, zero) = %v, %v; ParseCCCD = %v, %v", s, at, errAt, now, errNow)
			}
			return
		}
		ref := time.Date(int(year), time.June, 1, 0, 0, 0, 0, time.UTC)
		c, err := person.ParseCCCDAt(s, ref)
		form, formErr := person.ParseCCCDAt(s, time.Date(9999, time.June, 1, 0, 0, 0, 0, time.UTC))
		switch {
		case formErr != nil:
			if err == nil || err.Error() != formErr.Error() {
				t.Fatalf("ParseCCCDAt(%q, %d) = %v, %v; the form alone is refused: %v", s, year, c, err, formErr)
			}
		case form.BirthYear() > int(year):
			var e *person.IDError
			if !errors.Is(err, person.ErrIDFuture) || !errors.As(err, &e) || e.Input != s || !c.IsZero() {
				t.Fatalf("ParseCCCDAt(%q, %d) = %v, %v; born %d, want ErrIDFuture", s, year, c, err, form.BirthYear())
			}
		case err != nil || c != form:
			t.Fatalf("ParseCCCDAt(%q, %d) = %v, %v; want %v (born %d)", s, year, c, err, form, form.BirthYear())
		}
	})
}

func FuzzParseCMND(f *testing.F) {
	fuzzParser[person.CMND, *person.IDError]{
		name: "ParseCMND", parse: person.ParseCMND, prefix: "person: CMND ",
		accepted: func(t *testing.T, s string, c person.CMND) {
			if again, err := person.ParseCMND(c.String()); err != nil || again != c {
				t.Fatalf("ParseCMND(%q) = %q; reparse = %q, %v", s, c, again, err)
			}
		},
	}.run(f,
		"012345678", "012 345 678", "025123456789", "079305000001", // nine digits, twelve digits, a CCCD
		"12345678", "0123456789", "01234567x", "", "٠١٢٣٤٥٦٧٨", "\xff",
	)
}

// checkFuzzCCCD checks a number ParseCCCD accepted from s.
func checkFuzzCCCD(t *testing.T, s string, c person.CCCD) {
	if len(c.String()) != 12 || c.BirthYear() < 1900 || c.BirthYear() > time.Now().Year()+1 || c.Sex() == person.SexUnknown {
		t.Fatalf("ParseCCCD(%q) = %q: bad fields %d %v", s, c, c.BirthYear(), c.Sex())
	}
	if _, ok := c.Province(); ok == c.Abroad() {
		t.Fatalf("ParseCCCD(%q): Province ok=%v but Abroad=%v", s, ok, c.Abroad())
	}
	if _, ok := c.Country(); ok != c.Abroad() {
		t.Fatalf("ParseCCCD(%q): Country ok=%v but Abroad=%v", s, ok, c.Abroad())
	}
	for _, form := range []string{c.String(), c.Format()} {
		if again, err := person.ParseCCCD(form); err != nil || again != c {
			t.Fatalf("ParseCCCD(%q) = %q; reparse of %q = %q, %v", s, c, form, again, err)
		}
	}
}

func FuzzParseName(f *testing.F) {
	for _, s := range []string{
		"Nguyễn Thị Minh Khai", "Tôn Nữ Thị Ninh", "Công Tằng Tôn Nữ Thị Hoa", "H'Hen Niê", "Y Moan Ênuôl",
		"Y-Ngông Niê Kdăm", "Minh", "", "  a  b  ", "Nguye\u0302\u0303n", "H’", "Y", "\xff\xfe", "a\u200bb",
		"Hoàng Phú Quý", "Hoang Phu Quy", "Cong Tang Ton Nu Thi Hoa", "TON NU", "Au Duong",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := person.ParseName(s)
		again := person.ParseName(n.String())
		if again != n {
			t.Fatalf("ParseName(%q) = %#v; ParseName(%q) = %#v", s, n, n.String(), again)
		}
		if !n.Equal(again) {
			t.Fatalf("ParseName(%q) not Equal to itself", s)
		}
		if !n.IsZero() && n.Given == "" {
			t.Fatalf("ParseName(%q) = %#v: no given name", s, n)
		}
		if t := n.Title(); t.GivenFirst != n.GivenFirst {
			panic("Title changed the order")
		}
		// An ambiguous split has exactly one other reading, and it points back.
		if alt, ok := n.Alternative(); ok {
			back, ok := alt.Alternative()
			if !ok || back != n || alt.String() != n.String() || alt == n {
				t.Fatalf("ParseName(%q) = %#v: alternative %#v reads back as %#v, %v", s, n, alt, back, ok)
			}
		}
	})
}
