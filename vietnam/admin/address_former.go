package admin

import "slices"

// formerNameElsewhere levels a reading that takes a commune's name for a
// commune of the 1/3/2025 list as it was called between 2019 and 2025
// (a former name) with one that takes the same words for the 2025 commune
// so called today, when the two are not the same place and nothing
// written tells them apart: no district, the province named alike in
// both eras, both names written out. "Phường Ninh Xá, Bắc Ninh" is the
// 2025 Phường Ninh Xá (Thuận Thành until 2025) or, written before the
// end of 2024, the Phường Ninh Xá of the city of Bắc Ninh, since renamed
// and now in Phường Kinh Bắc; the former name lost only for the missing
// district (scoreOldNoDistrict), so the resolution lists both rather than
// pick the 2025 one. A district written dates the address, and a name
// read through a typo or without tones is communeOfEitherEra's.
func (st *resolveState) formerNameElsewhere() {
	for i := range st.rs {
		r := &st.rs[i] // the loop below changes other readings only, of the other era
		if r.comm < 0 || r.dist >= 0 || r.prov < 0 || r.typo || st.x.unit(r.comm).Era() != Era2025 || st.x.unit(r.prov).Era() != Era2025 {
			continue
		}
		for j := range st.rs {
			q := &st.rs[j]
			if q.comm < 0 || q.dist >= 0 || q.prov < 0 || q.typo || !st.x.unit(q.comm).former ||
				q.commAt != r.commAt || q.provAt != r.provAt || st.x.unit(q.prov).Era() != EraPre2025 ||
				q.score >= r.score || q.score-scoreOldNoDistrict < r.score {
				continue
			}
			// a former with no known successor whose name a 2025 commune
			// of the province took was most likely merged into it (Xã
			// Nghĩa Thọ of Nghĩa Đàn, gone in 2025-01 when Nghĩa Phú was
			// renamed Nghĩa Thọ): nothing says it went elsewhere
			if succ := st.currentOf(q); len(succ) > 0 && !slices.ContainsFunc(succ, func(s addrSucc) bool { return s.to == r.comm }) {
				q.score = r.score
			}
		}
	}
}
