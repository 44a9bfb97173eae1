package goal

import "encoding/json"

// Organization is a unit of a local government — a city, a bureau (局), a
// department (部), a division (課), a ward (区) — with its place in the tree
// of units, its head and its contact.
//
// The tree is held by Children (pointers, so a unit can be found and
// extended in place) and the Parent back pointer. JSON writes the children
// nested and the parent only by name, so marshalling never loops; use
// AddChild, not append, so the two stay consistent. The zero value is an
// unnamed organization of unset kind.
type Organization struct {
	Name string
	// Kind is the kind the name says it is; OrgKindOf(Name) fills it when a
	// loader builds the value. Zero means unknown.
	Kind        OrgKind
	Parent      *Organization
	Children    []*Organization
	Head        Head
	Contact     Contact
	Identifiers []Identifier
}

// NewOrganization returns an organization with the given name and the kind
// the name ends in (OrgKindOf).
func NewOrganization(name string) *Organization {
	return &Organization{Name: name, Kind: OrgKindOf(name)}
}

// Head is the person who leads an organization: 市長公室長 森 功一 is Title
// 市長公室長 (Director of the Mayor's Office), Name 森 功一. Either may be
// empty when the source does not say.
type Head struct {
	Title string `json:"title,omitempty"`
	Name  string `json:"name,omitempty"`
}

// IsZero reports whether nothing is known of the head.
func (h Head) IsZero() bool { return h.Title == "" && h.Name == "" }

// Contact is how to reach an organization, each field as written in the
// source (telephone 072-228-7401, postal code 590-0078 without the 〒
// mark). Empty fields are unknown.
type Contact struct {
	Telephone  string `json:"telephone,omitempty"`
	Fax        string `json:"fax,omitempty"`
	Email      string `json:"email,omitempty"`
	PostalCode string `json:"postal_code,omitempty"`
	Address    string `json:"address,omitempty"`
}

// IsZero reports whether the contact holds nothing.
func (c Contact) IsZero() bool { return c == Contact{} }

// Identifier names an organization in some coding scheme:
// {SchemeLocalGovernmentCode, "111007"}. Build local government codes with
// LocalGovernmentCode, which validates the check digit.
type Identifier struct {
	Scheme string `json:"scheme"`
	Value  string `json:"value"`
}

// AddChild makes child a child of o: it sets child.Parent to o and appends
// child to o.Children. A child that already has a parent is moved. Adding o
// to itself or to one of its own descendants would make a cycle and is
// ignored (AddChild reports false).
func (o *Organization) AddChild(child *Organization) bool {
	if child == nil {
		return false
	}
	for p := o; p != nil; p = p.Parent {
		if p == child {
			return false
		}
	}
	if old := child.Parent; old != nil {
		for i, c := range old.Children {
			if c == child {
				old.Children = append(old.Children[:i:i], old.Children[i+1:]...)
				break
			}
		}
	}
	child.Parent = o
	o.Children = append(o.Children, child)
	return true
}

// Path returns the names from the root of the tree down to o:
// [市長公室 秘書部 秘書課] for the 秘書課.
func (o *Organization) Path() []string {
	var rev []string
	for p := o; p != nil; p = p.Parent {
		rev = append(rev, p.Name)
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

// Walk calls fn for o and then for every descendant, depth first in child
// order, and stops early when fn returns false. It reports whether the walk
// ran to the end.
func (o *Organization) Walk(fn func(*Organization) bool) bool {
	if !fn(o) {
		return false
	}
	for _, c := range o.Children {
		if !c.Walk(fn) {
			return false
		}
	}
	return true
}

// Find returns the first organization in o's tree (o included, depth first)
// with the given name; ok is false when there is none.
func (o *Organization) Find(name string) (found *Organization, ok bool) {
	o.Walk(func(x *Organization) bool {
		if x.Name == name {
			found = x
			return false
		}
		return true
	})
	return found, found != nil
}

// organizationJSON is the JSON form: the parent by name only.
type organizationJSON struct {
	Name        string          `json:"name"`
	Kind        OrgKind         `json:"kind,omitempty"`
	Parent      string          `json:"parent,omitempty"`
	Head        *Head           `json:"head,omitempty"`
	Contact     *Contact        `json:"contact,omitempty"`
	Identifiers []Identifier    `json:"identifiers,omitempty"`
	Children    []*Organization `json:"children,omitempty"`
}

// MarshalJSON writes {"name","kind"?,"parent"?,"head"?,"contact"?,
// "identifiers"?,"children"?}: kind as its Japanese label ("局"), parent
// as a name, children nested; empty parts are left out.
func (o Organization) MarshalJSON() ([]byte, error) {
	j := organizationJSON{Name: o.Name, Kind: o.Kind, Identifiers: o.Identifiers, Children: o.Children}
	if o.Parent != nil {
		j.Parent = o.Parent.Name
	}
	j.Head, j.Contact = nonZero(o.Head), nonZero(o.Contact)
	return json.Marshal(j)
}

// UnmarshalJSON reads the form MarshalJSON writes and links every child
// back to its parent. The "parent" name of the top object is not resolved
// (there is nothing to point to) and is dropped.
//
// An unknown field is a *JSONError wrapping ErrInvalidJSON.
func (o *Organization) UnmarshalJSON(data []byte) error {
	var j organizationJSON
	if err := decodeStrict(data, &j, "Organization"); err != nil {
		return err
	}
	*o = Organization{Name: j.Name, Kind: j.Kind, Identifiers: j.Identifiers}
	if j.Head != nil {
		o.Head = *j.Head
	}
	if j.Contact != nil {
		o.Contact = *j.Contact
	}
	for _, c := range j.Children {
		if c != nil {
			o.AddChild(c)
		}
	}
	return nil
}
