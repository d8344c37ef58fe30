package admin_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A type word typed without tones and glued to the name after it
// ("xavanninh", "XATRATAP", "huyenmuong cha", "xđan phượng") reads as
// that type's unit, when the words as written name nothing: a commune
// whose own name starts so ("xabang" is Xà Bang, "xadung" Xa Dung) is
// that commune. Expected 2025 codes are the labels of
// testdata/addresses/addresses.tsv (gen/labels.py), and of
// internal/data/commune_mapping_2025.csv for the others.
func TestResolveGluedTypeWordWithoutTones(t *testing.T) {
	tests := []struct {
		in         string
		candidates string
	}{
		{"bản na 10, xavanninh, h.quang ninh, tỉnh quang binh (đối diện chợ Đêm)", "19237"},
		{"TỔ 7, XACHU PONG, H. CHU SE, TỈNH GIA LAI", "23947"},
		{"tổ 3, kp 1, xahòa an, tp cao lãnh, tinh đồng tháp", "29869"},
		{"số 615 hai bà trưng,xđan phượng,hà nội", "09784"},
		{"ẤP  5,  XATRATAP,  DA NANG CITY", "20941"},
		{"k212/8 tôn đức thắng, xa huoi leng, huyenmuong cha, dien bien", "03181"},
		// names that start like a type word
		{"xabang, chau duc, ba ria vung tau", "26596"},
		{"xadung, dien bien dong, dien bien", "03208"},
		// a type word glued to words that name nothing
		{"xahoa, ha noi", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := resolvedOf(tt.in)
			assert.Equal(t, tt.candidates, got.Candidates)
			assert.False(t, got.Ambiguous)
		})
	}
}
