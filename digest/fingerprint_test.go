package digest

import (
	"math/bits"
	"testing"
)

// A wire story of our own, and what outlets add around it.
const wireStory = `Air strikes on the town of Kafr Nabl in southern Idlib killed nine civilians on Tuesday,
including four children, a war monitor said. The strikes hit a market and a street near a school
shortly after noon, according to residents and rescue workers who pulled survivors from the rubble.
The monitor said warplanes carried out at least twelve raids on the area during the day, and that
government forces shelled villages to the south with artillery and rockets. Thousands of people have
fled the countryside in recent weeks towards camps near the border, aid groups said, warning that
the shelters there were already overcrowded and short of food, fuel and medicine for the winter.`

func TestNearDuplicate(t *testing.T) {
	t.Parallel()
	base := Fingerprint(wireStory)
	tests := []struct {
		name string
		text string
		dup  bool
	}{
		{"same text", wireStory, true},
		{"other headline", "Raids kill nine in Idlib town, monitor says\n" + wireStory, true},
		{"headline and boilerplate", "Syria: civilians die in Kafr Nabl strikes\n" + wireStory +
			"\nRead more: our coverage of the war. Subscribe to our newsletter.", true},
		{"case and punctuation", "AIR STRIKES on the town of Kafr-Nabl; " + wireStory[len("Air strikes on the town of Kafr Nabl"):], true},
		{"another story on the same topic", `Government forces shelled the town of Kafr Nabl in southern Idlib
on Friday, killing three rescue workers, the White Helmets said. The shelling hit a civil defence centre
and two ambulances, and several volunteers were wounded, the group said in a statement, calling on
the international community to protect medical and rescue teams working in the province.`, false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fp := Fingerprint(tt.text)
			if got := NearDuplicate(base, fp); got != tt.dup {
				t.Errorf("NearDuplicate: distance %d, got %v, want %v", bits.OnesCount64(base^fp), got, tt.dup)
			}
		})
	}
}

func TestFingerprintStable(t *testing.T) {
	t.Parallel()
	// Fingerprints are stored: changing the hash would split old copies from new ones.
	if got, want := Fingerprint("Nine civilians were killed in Kafr Nabl"), Fingerprint("nine civilians, were killed in kafr nabl!"); got != want {
		t.Errorf("Fingerprint ignores case and punctuation: %x != %x", got, want)
	}
	if Fingerprint("") != 0 || Fingerprint("?!") != 0 {
		t.Error("Fingerprint of text without words must be 0")
	}
}
