package admin

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin/internal/tab"
)

// The loader refuses a resolution it cannot read or that dates no row,
// and dates only the rows of its province whose basis names it and whose
// interval holds its day.
func TestLoadResolutionsErrors(t *testing.T) {
	hist := "level,old_code,old_full_name,old_district_code,province_code,kind,new_code,effective_date,legal_basis,observed_last,observed_gone\n" +
		"commune,00099,Phường Cũ,001,01,merged_into,00001,,7/NQ-UBTVQH (cited by S4 source URL),M:a@2024-11-09,M:b@2025-01-11\n" +
		"commune,00098,Phường Xưa,001,01,merged_into,00001,,7/NQ-UBTVQH15 (cited by S4 source URL),M:a@2024-02-03,M:b@2024-05-05\n" +
		"commune,00097,Phường Khác,001,01,merged_into,00001,,17/NQ-UBTVQH15,M:a@2024-11-09,M:b@2025-01-11\n"
	head := "number,province_code,signed,effective_date,source\n"
	for _, tc := range []struct{ name, row, field string }{
		{"number", "7/NQ-HĐND,01,2024-10-24,2024-12-01,N1\n", "number"},
		{"no digits", "/NQ-UBTVQH15,01,2024-10-24,2024-12-01,N1\n", "number"},
		{"province", "7/NQ-UBTVQH15,1,2024-10-24,2024-12-01,N1\n", "province_code"},
		{"signed", "7/NQ-UBTVQH15,01,24/10/2024,2024-12-01,N1\n", "signed"},
		{"date", "7/NQ-UBTVQH15,01,2024-10-24,,N1\n", "effective_date"},
		{"before signed", "7/NQ-UBTVQH15,01,2024-12-24,2024-12-01,N1\n", "effective_date"},
		{"source", "7/NQ-UBTVQH15,01,2024-10-24,2024-12-01,\n", "source"},
		{"other province", "7/NQ-UBTVQH15,02,2024-10-24,2024-12-01,N1\n", "number"},
		{"other term", "7/NQ-UBTVQH14,01,2024-03-19,2024-05-01,N1\n", "number"},
		{"outside", "7/NQ-UBTVQH15,01,2024-06-01,2024-07-01,N1\n", "number"},
		{"prefix of another", "1/NQ-UBTVQH15,01,2024-10-24,2024-12-01,N1\n", "number"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assertLoadFails(t, supplementFixture(t, hist, tab.FileResolutions, head+tc.row), tab.FileResolutions, tc.field)
		})
	}
	ds, err := LoadDataset(supplementFixture(t, hist, tab.FileResolutions, head+"7/NQ-UBTVQH15,01,2024-10-24,2024-12-01,N1\n"))
	require.NoError(t, err)
	got := map[string]string{}
	for f := range ds.Formers() {
		from, _, exact := f.Ended()
		got[f.Unit.Code().String()] = map[bool]string{true: from.ISO(), false: "bounded"}[exact]
	}
	assert.Equal(t, map[string]string{
		"00099": "2024-12-01", // the basis without its term names it
		"00098": "bounded",    // its interval ends before the day
		"00097": "bounded",    // 17/… is another resolution
	}, got)
}
