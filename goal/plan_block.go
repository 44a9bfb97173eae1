package goal

// BlockKind says what sort of block a plan node is. The zero value,
// BlockUnset, means "not a recognized block" (a chapter, a section, a
// numbered part of running text).
type BlockKind uint8

// The kinds of block.
const (
	BlockUnset BlockKind = iota
	// BlockVision holds vision bullets (◉) quoted from the basic concept
	// (基本構想) at the head of a chapter.
	BlockVision
	// BlockIssues is 現状と課題 (current state and issues), ● bullets.
	BlockIssues
	// BlockMeasures is 施策展開 (policy measures): its children are the
	// numbered measures.
	BlockMeasures
	// BlockMeasure is one numbered measure of a 施策展開 block with its ❖
	// bullets.
	BlockMeasure
	// BlockTheme is a theme: a short heading (広報, public relations), one
	// goal sentence (Node.Goal), then bullets.
	BlockTheme
	// BlockBullets is a short heading followed directly by plain bullets.
	BlockBullets
	// BlockZone is one zone of an area division (地域区分): 北部ゾーン.
	BlockZone
)

var blockKindNames = []string{"", "vision", "issues", "measures", "measure", "theme", "bullets", "zone"}

// String returns the lowercase name used in JSON ("vision", …); an unset or
// unknown value prints as BlockKind(N).
func (k BlockKind) String() string { return enumName("BlockKind", blockKindNames, uint8(k)) }

// MarshalText implements encoding.TextMarshaler. The zero value is an error;
// leave it out with omitempty.
func (k BlockKind) MarshalText() ([]byte, error) {
	return enumMarshal("BlockKind", blockKindNames, uint8(k))
}

// UnmarshalText implements encoding.TextUnmarshaler; "" is BlockUnset.
func (k *BlockKind) UnmarshalText(text []byte) error {
	return enumUnmarshal(k, "BlockKind", blockKindNames, text)
}
