package person

import "encoding/json"

// jsonName is the JSON form of a Name: snake_case keys, empty parts left
// out.
type jsonName struct {
	Family     string `json:"family,omitempty"`
	Middle     string `json:"middle,omitempty"`
	Given      string `json:"given,omitempty"`
	GivenFirst bool   `json:"given_first,omitempty"`
}

// MarshalJSON encodes the name's parts as {"family": "Nguyễn", "middle":
// "Thị Minh", "given": "Khai"}, with "given_first": true for a name
// written given name first. Parts are kept as they are, not re-cased.
func (n Name) MarshalJSON() ([]byte, error) {
	return json.Marshal(jsonName(n))
}

// UnmarshalJSON decodes what MarshalJSON writes.
func (n *Name) UnmarshalJSON(b []byte) error {
	var j jsonName
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*n = Name(j)
	return nil
}
