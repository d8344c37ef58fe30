// Package textvalue is the UnmarshalText shared by the module's value
// types that a parser reads (vietnam.Date, person.Phone, campaign.Window,
// metrics.Period…): the empty text gives the zero value, so that an
// optional field survives a round trip through JSON, and any other text
// goes to the type's parser, whose error is returned as it is. A failed
// parse leaves the value alone.
package textvalue

// Unmarshal sets *dst to the value text names, read by parse.
func Unmarshal[T any](dst *T, text []byte, parse func(string) (T, error)) error {
	if len(text) == 0 {
		var zero T
		*dst = zero
		return nil
	}
	v, err := parse(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}
