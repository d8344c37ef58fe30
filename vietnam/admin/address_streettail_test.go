package admin_test

import "testing"

// In text with no comma, a commune's name read without its type word
// right before the province, after a family name or the street word
// that opens the street, ends the street's name ("đường triệu quang
// phục hải dương" is Triệu Quang Phục street, not Xã Quang Phục): the
// answer is the province, not the commune. The commune still reads
// with its type word, with its district after it, and after a street
// whose own name ends before it ("123 Lê Lợi Bến Thành").
func TestResolveStreetEndingInCommune(t *testing.T) {
	hd := resolved{Province: "Tỉnh Hải Dương"}
	checkResolved(t, []resolvedCase{
		{"đường triệu quang phục hải dương", hd},
		{"so 8 Duong Ngo Quyen Hai Duong", hd},
		{"Số 8 đường Ngô Quyền Hải Dương", hd},
		// the commune stays a commune: typed, with its district, with a comma
		{"đường triệu quang phục xã quang phục hải dương", resolved{Commune: "Xã Quang Phục", Province: "Tỉnh Hải Dương", Candidates: "11074"}},
		{"đường triệu quang phục quang phục tứ kỳ hải dương", resolved{Commune: "Xã Quang Phục", District: "Huyện Tứ Kỳ", Province: "Tỉnh Hải Dương", Candidates: "11074"}},
		{"Quang Phục, Tứ Kỳ, Hải Dương", resolved{Commune: "Xã Quang Phục", District: "Huyện Tứ Kỳ", Province: "Tỉnh Hải Dương", Candidates: "11074"}},
		{"123 Lê Lợi Bến Thành TP HCM", resolved{Commune: "Phường Bến Thành", Province: "Thành phố Hồ Chí Minh", Candidates: "26743"}},
		{"352/40 Võ Văn Kiệt Vĩnh Phước Tỉnh Cà Mau", resolved{Commune: "Xã Vĩnh Phước", Province: "Tỉnh Cà Mau", Candidates: "31876"}},
	})
}
