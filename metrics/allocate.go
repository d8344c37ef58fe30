package metrics

import (
	"cmp"
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"slices"
	"sort"

	"github.com/shopspring/decimal"
)

// Claim is one sub-unit's say in an allocation: its weight (population,
// members, households) and optional bounds on its part.
type Claim struct {
	Weight int64 // not negative; a zero weight gets only its Min
	Min    int64 // the part is at least Min
	Cap    int64 // the part is at most Cap; 0 means no cap
}

// ErrAllocation is the category of every *AllocationError.
var ErrAllocation = errors.New("allocation impossible")

// AllocationError reports why a total cannot be split.
type AllocationError struct {
	Index  int // the claim at fault, or -1 for the claims as a whole
	Reason string
}

func (e *AllocationError) Error() string {
	if e.Index < 0 {
		return "metrics: allocate: " + e.Reason
	}
	return fmt.Sprintf("metrics: allocate: claim %d: %s", e.Index, e.Reason)
}

// Unwrap returns ErrAllocation.
func (e *AllocationError) Unwrap() error { return ErrAllocation }

// Allocate splits total into whole parts, one per claim, that sum exactly to
// total, by the largest-remainder (Hamilton, Hare–Niemeyer) method:
//
//  1. each claim's exact quota is total × weight / Σweight; with bounds, the
//     quota is clamp(λ × weight, Min, Cap) with the one λ that makes the
//     quotas sum to total (computed exactly, in integers); a claim of
//     zero weight gets its Min, whatever its Cap;
//  2. each part is the quota rounded down;
//  3. the units still missing go one each to the largest fractional parts;
//     ties go to the larger weight, then to the earlier claim.
//
// Every part is its quota rounded down or up (the quota rule), and the order
// of claims only matters for exact ties, so pass them in tree order.
// 52.000 over weights 1200/950/430/310/110 gives 20.800/16.467/7.453/5.373/1.907.
//
// The method has the Alabama paradox: raising the total can lower a part.
// Weights 6/6/2 give 4/4/2 for a total of 10 but 5/5/1 for 11. Divisor
// methods avoid it but break the quota rule; for headcount targets the quota
// rule matters more, and the paradox is rare and visible in tests.
//
// Allocate fails when the bounds cannot be met (minimums above the total,
// caps below it) or a field is negative.
func Allocate(total int64, claims []Claim) ([]int64, error) {
	if total < 0 {
		return nil, &AllocationError{Index: -1, Reason: fmt.Sprintf("negative total %d", total)}
	}
	var sumMin, sumUpper big.Int
	unbounded := false
	for i, c := range claims {
		switch {
		case c.Weight < 0:
			return nil, &AllocationError{Index: i, Reason: fmt.Sprintf("negative weight %d", c.Weight)}
		case c.Min < 0:
			return nil, &AllocationError{Index: i, Reason: fmt.Sprintf("negative minimum %d", c.Min)}
		case c.Cap < 0:
			return nil, &AllocationError{Index: i, Reason: fmt.Sprintf("negative cap %d", c.Cap)}
		case c.Cap > 0 && c.Cap < c.Min:
			return nil, &AllocationError{Index: i, Reason: fmt.Sprintf("cap %d below minimum %d", c.Cap, c.Min)}
		}
		sumMin.Add(&sumMin, big.NewInt(c.Min))
		switch {
		case c.Weight == 0: // only its minimum, whatever its cap
			sumUpper.Add(&sumUpper, big.NewInt(c.Min))
		case c.Cap > 0:
			sumUpper.Add(&sumUpper, big.NewInt(c.Cap))
		default:
			unbounded = true
		}
	}
	bigTotal := big.NewInt(total)
	if sumMin.Cmp(bigTotal) > 0 {
		return nil, &AllocationError{Index: -1, Reason: fmt.Sprintf("minimums sum to %s, above the total %d", &sumMin, total)}
	}
	if !unbounded && sumUpper.Cmp(bigTotal) < 0 {
		return nil, &AllocationError{Index: -1, Reason: fmt.Sprintf("caps (and minimums of zero weights) sum to %s, below the total %d", &sumUpper, total)}
	}
	if len(claims) == 0 {
		return []int64{}, nil // total is 0 here
	}

	p, q := solveLambda(total, claims)
	parts := make([]int64, len(claims))
	rems := make([]big.Int, len(claims)) // the quota is parts[i] + rems[i]/q
	left := total
	var num, bound big.Int
	for i, c := range claims {
		num.Mul(p, bound.SetInt64(c.Weight)) // quota = num/q before clamping
		switch {
		case num.Cmp(bound.Mul(bound.SetInt64(c.Min), q)) <= 0:
			parts[i] = c.Min
		case c.Cap > 0 && num.Cmp(bound.Mul(bound.SetInt64(c.Cap), q)) >= 0:
			parts[i] = c.Cap
		default:
			num.QuoRem(&num, q, &rems[i]) // both positive: truncation is floor
			parts[i] = num.Int64()
		}
		left -= parts[i]
	}
	order := make([]int, 0, len(claims))
	for i := range claims {
		if rems[i].Sign() > 0 {
			order = append(order, i)
		}
	}
	// The fractional parts share the denominator q: compare remainders.
	sort.SliceStable(order, func(a, b int) bool {
		i, j := order[a], order[b]
		if c := rems[i].Cmp(&rems[j]); c != 0 {
			return c > 0
		}
		return claims[i].Weight > claims[j].Weight
	})
	// left ≤ len(order): the fractional parts sum to left exactly.
	for _, i := range order[:min(int(left), len(order))] {
		parts[i]++
	}
	return parts, nil
}

// corner is a value n/d (d > 0) of λ where a claim's quota reaches its
// minimum or its cap.
type corner struct{ n, d int64 }

// cmp compares a and b exactly: n and d are non-negative int64, so the
// cross products fit in 128 bits.
func (a corner) cmp(b corner) int {
	h1, l1 := bits.Mul64(uint64(a.n), uint64(b.d))
	h2, l2 := bits.Mul64(uint64(b.n), uint64(a.d))
	switch {
	case h1 != h2:
		return cmp.Compare(h1, h2)
	}
	return cmp.Compare(l1, l2)
}

// solveLambda returns λ = p/q with Σ clamp(λ·wᵢ, Minᵢ, Capᵢ) = total. The
// sum is piecewise linear and non-decreasing in λ, with corners where a
// quota reaches its minimum or its cap. A binary search over the corners,
// in integers, finds the linear piece that holds total; on that piece each
// claim is either fixed (at its minimum or cap) or free (λ·w), so
// λ = (total − Σfixed) / Σw of the free claims. The caller has checked
// that a solution exists.
func solveLambda(total int64, claims []Claim) (p, q *big.Int) {
	corners := make([]corner, 0, 2*len(claims))
	for _, c := range claims {
		if c.Weight == 0 {
			continue
		}
		corners = append(corners, corner{c.Min, c.Weight})
		if c.Cap > 0 {
			corners = append(corners, corner{c.Cap, c.Weight})
		}
	}
	slices.SortFunc(corners, corner.cmp)
	// reaches reports whether the sum at λ = x.n/x.d is at least total, in
	// integers: Σ clamp(n·w, Min·d, Cap·d) ≥ total·d.
	var sum, v, lim, tmp big.Int
	reaches := func(x corner) bool {
		sum.SetInt64(0)
		d := tmp.SetInt64(x.d)
		for _, c := range claims {
			v.Mul(lim.SetInt64(x.n), v.SetInt64(c.Weight))
			if lim.Mul(lim.SetInt64(c.Min), d); c.Weight == 0 || v.Cmp(&lim) < 0 {
				v.Set(&lim)
			}
			if c.Cap > 0 && c.Weight > 0 {
				if lim.Mul(lim.SetInt64(c.Cap), d); v.Cmp(&lim) > 0 {
					v.Set(&lim)
				}
			}
			sum.Add(&sum, &v)
		}
		return sum.Cmp(lim.Mul(lim.SetInt64(total), d)) >= 0
	}
	k := sort.Search(len(corners), func(i int) bool { return reaches(corners[i]) })
	zero := corner{0, 1}
	if reaches(zero) {
		return big.NewInt(0), big.NewInt(1) // the minimums alone make the total
	}
	// λ lies in (lo, corners[k]], or past the last corner.
	lo := zero
	if k > 0 {
		lo = corners[k-1]
	}
	fixed, free := new(big.Int), new(big.Int)
	for _, c := range claims {
		switch {
		case c.Weight == 0 || lo.cmp(corner{c.Min, c.Weight}) < 0:
			fixed.Add(fixed, big.NewInt(c.Min)) // still at its minimum
		case c.Cap > 0 && lo.cmp(corner{c.Cap, c.Weight}) >= 0:
			fixed.Add(fixed, big.NewInt(c.Cap)) // already at its cap
		default:
			free.Add(free, big.NewInt(c.Weight))
		}
	}
	p = new(big.Int).Sub(big.NewInt(total), fixed)
	g := new(big.Int).GCD(nil, nil, p, free)
	if g.Sign() > 0 {
		p.Quo(p, g)
		free.Quo(free, g)
	}
	return p, free
}

// AllocateTarget splits a target among sub-units. An Absolute target's
// Value must be a whole number and is split with Allocate; a Percentage
// target is not split: each sub-unit keeps the percentage, to be measured
// against its own denominator. The returned targets keep the indicator,
// kind, window and schedule; set their Unit to the sub-units'.
func AllocateTarget(t Target, claims []Claim) ([]Target, error) {
	out := make([]Target, len(claims))
	if t.Kind == Percentage {
		for i := range out {
			out[i] = t
		}
		return out, nil
	}
	if !t.Value.IsInteger() || t.Value.IsNegative() || t.Value.GreaterThan(decimal.NewFromInt(1<<62)) {
		return nil, &AllocationError{Index: -1, Reason: fmt.Sprintf("target value %s is not a whole count", t.Value)}
	}
	parts, err := Allocate(t.Value.IntPart(), claims)
	if err != nil {
		return nil, err
	}
	for i, p := range parts {
		out[i] = t
		out[i].Value = decimal.NewFromInt(p)
	}
	return out, nil
}
