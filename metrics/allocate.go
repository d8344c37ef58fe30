package metrics

import (
	"errors"
	"fmt"
	"math/big"
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
//     quotas sum to total (computed exactly, in rationals);
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

	var lambda *big.Rat
	if bounded := slices.ContainsFunc(claims, func(c Claim) bool { return c.Min > 0 || c.Cap > 0 }); bounded {
		lambda = solveLambda(total, claims)
	} else {
		// Without bounds the quota is total × w / Σw: no search needed.
		sumW := new(big.Int)
		for _, c := range claims {
			sumW.Add(sumW, big.NewInt(c.Weight))
		}
		lambda = new(big.Rat) // with no weight at all the total is 0 here
		if sumW.Sign() > 0 {
			lambda.SetFrac(big.NewInt(total), sumW)
		}
	}
	parts := make([]int64, len(claims))
	fracs := make([]*big.Rat, len(claims))
	left := total
	var q big.Rat
	var fl big.Int
	for i, c := range claims {
		quota(&q, lambda, c)
		fl.Quo(q.Num(), q.Denom()) // both positive: truncation is floor
		parts[i] = fl.Int64()
		left -= parts[i]
		fracs[i] = new(big.Rat).Sub(&q, new(big.Rat).SetInt(&fl))
	}
	order := make([]int, 0, len(claims))
	for i := range claims {
		if fracs[i].Sign() > 0 {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool {
		i, j := order[a], order[b]
		if c := fracs[i].Cmp(fracs[j]); c != 0 {
			return c > 0
		}
		return claims[i].Weight > claims[j].Weight
	})
	// left < len(order): the fractional parts sum to left exactly.
	for _, i := range order[:min(int(left), len(order))] {
		parts[i]++
	}
	return parts, nil
}

// quota sets q to clamp(λ·w, Min, Cap).
func quota(q *big.Rat, lambda *big.Rat, c Claim) {
	q.Mul(lambda, new(big.Rat).SetInt64(c.Weight))
	if lo := new(big.Rat).SetInt64(c.Min); q.Cmp(lo) < 0 {
		q.Set(lo)
	}
	if c.Cap > 0 {
		if hi := new(big.Rat).SetInt64(c.Cap); q.Cmp(hi) > 0 {
			q.Set(hi)
		}
	}
}

// solveLambda finds λ with Σ clamp(λ·wᵢ, Minᵢ, Capᵢ) = total. The sum is
// piecewise linear and non-decreasing in λ, with corners where a quota
// reaches its minimum or its cap; binary search over the corners finds the
// linear piece that holds total, then one division solves it. The caller has
// checked that a solution exists.
func solveLambda(total int64, claims []Claim) *big.Rat {
	corners := []*big.Rat{new(big.Rat)}
	for _, c := range claims {
		if c.Weight == 0 {
			continue
		}
		corners = append(corners, big.NewRat(c.Min, c.Weight))
		if c.Cap > 0 {
			corners = append(corners, big.NewRat(c.Cap, c.Weight))
		}
	}
	slices.SortFunc(corners, func(a, b *big.Rat) int { return a.Cmp(b) })
	sum := func(lambda *big.Rat) *big.Rat {
		s, q := new(big.Rat), new(big.Rat)
		for _, c := range claims {
			quota(q, lambda, c)
			s.Add(s, q)
		}
		return s
	}
	t := new(big.Rat).SetInt64(total)
	// First corner whose sum reaches total.
	k := sort.Search(len(corners), func(i int) bool { return sum(corners[i]).Cmp(t) >= 0 })
	if k < len(corners) {
		fk := sum(corners[k])
		if k == 0 || fk.Cmp(t) == 0 {
			return corners[k]
		}
		// Interpolate on the piece between corners k-1 and k.
		a, fa := corners[k-1], sum(corners[k-1])
		r := new(big.Rat).Sub(t, fa)
		r.Mul(r, new(big.Rat).Sub(corners[k], a))
		r.Quo(r, new(big.Rat).Sub(fk, fa))
		return r.Add(r, a)
	}
	// Past the last corner every weighted claim without a cap grows freely.
	last := corners[len(corners)-1]
	slope := new(big.Int)
	for _, c := range claims {
		if c.Weight > 0 && c.Cap == 0 {
			slope.Add(slope, big.NewInt(c.Weight))
		}
	}
	r := new(big.Rat).Sub(t, sum(last))
	r.Quo(r, new(big.Rat).SetInt(slope))
	return r.Add(r, last)
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
