package person_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/enumtext/enumtexttest"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/person"
)

func TestKindText(t *testing.T) {
	enumtexttest.Cases[person.Kind]{
		Err: vietnam.ErrUnknownName,
		Codes: map[person.Kind]string{
			person.KindUnknown: "", person.Mobile: "mobile", person.FixedLine: "fixed-line", person.VoIP: "voip",
			person.TollFree: "toll-free", person.PremiumRate: "premium-rate", person.ShortCode: "short-code",
			person.UAN: "uan",
		},
		Aliases: map[string]person.Kind{
			"unknown": person.KindUnknown, "Mobile": person.Mobile, "di động": person.Mobile,
			"fixed line": person.FixedLine, "LANDLINE": person.FixedLine, "Cố định": person.FixedLine,
			"VoIP": person.VoIP, "toll free": person.TollFree, "miễn phí": person.TollFree, "số ngắn": person.ShortCode,
			"UAN": person.UAN, "private network": person.UAN, "mạng dùng riêng": person.UAN,
		},
		Bad: map[string]string{"fax": `person: phone kind "fax": want mobile, fixed-line, voip, toll-free, premium-rate, short-code or uan: unknown name`},
	}.Run(t, (*person.Kind).UnmarshalText)
}

func TestNetworkText(t *testing.T) {
	codes := map[person.Network]string{
		person.NetworkUnknown: "", person.Viettel: "viettel", person.VinaPhone: "vinaphone", person.MobiFone: "mobifone",
		person.Vietnamobile: "vietnamobile", person.Gmobile: "gmobile", person.Itel: "itel", person.Reddi: "reddi",
	}
	aliases := map[string]person.Network{"unknown": person.NetworkUnknown, "VIETTEL": person.Viettel}
	enumtexttest.Cases[person.Network]{
		Err:     vietnam.ErrUnknownName,
		Codes:   codes,
		Aliases: aliases,
		Names:   func(n person.Network) []string { return []string{n.String()} },
		Bad: map[string]string{
			"S-Fone": `person: network "S-Fone": want viettel, vinaphone, mobifone, vietnamobile, gmobile, itel or reddi: unknown name`,
			"1":      `person: network "1": want viettel, vinaphone, mobifone, vietnamobile, gmobile, itel or reddi: unknown name`,
		},
	}.Run(t, (*person.Network).UnmarshalText)
}

func TestMigrationText(t *testing.T) {
	enumtexttest.Cases[person.Migration]{
		Err: vietnam.ErrUnknownName,
		Codes: map[person.Migration]string{
			person.NotMigrated: "", person.Mobile2018: "mobile-2018", person.AreaCode2017: "area-code-2017", person.VSAT2018: "vsat-2018",
		},
		Aliases: map[string]person.Migration{
			"none": person.NotMigrated, "Not migrated": person.NotMigrated, "MOBILE_2018": person.Mobile2018, "area code 2017": person.AreaCode2017,
		},
		Bad: map[string]string{"2018": `person: migration "2018": want mobile-2018, area-code-2017 or vsat-2018: unknown name`},
	}.Run(t, (*person.Migration).UnmarshalText)
}

// TestPhoneFactsJSON shows what ParsePhone says about a number, as JSON
// carries it.
func TestPhoneFactsJSON(t *testing.T) {
	type facts struct {
		Kind      person.Kind
		Network   person.Network
		Migration person.Migration
	}
	p, err := person.ParsePhone("0168 123 4567")
	require.NoError(t, err)
	enumtexttest.JSON(t, facts{p.Kind(), p.Network(), p.Migration()}, `{"Kind":"mobile","Network":"viettel","Migration":"mobile-2018"}`)
}

// FuzzEnumText checks that no text makes UnmarshalText panic, and that
// any text accepted decodes to a value whose code decodes to it again.
func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"", "unknown", "none", "mobile", "Cố định", "VinaPhone", "mobile-2018", "nữ", "\xff", "--"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		enumtexttest.Fuzz[person.Kind](t, s, (*person.Kind).UnmarshalText)
		enumtexttest.Fuzz[person.Network](t, s, (*person.Network).UnmarshalText)
		enumtexttest.Fuzz[person.Migration](t, s, (*person.Migration).UnmarshalText)
		enumtexttest.Fuzz[person.Sex](t, s, (*person.Sex).UnmarshalText)
	})
}
