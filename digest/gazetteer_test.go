package digest

import "testing"

func TestGazetteerLookup(t *testing.T) {
	t.Parallel()
	g := DefaultGazetteer()
	tests := []struct {
		name, want string
	}{
		{"Maaret al-Numan", "Idlib"},
		{"Ma'arrat al-Nu'man", "Idlib"},
		{"maarat al numan", "Idlib"},
		{"Douma", "Rif Dimashq"}, // the Damascus suburb, not the Suwayda village
		{"Deir Ezzor", "Deir ez-Zor"},
		{"Deir ez-Zor", "Deir ez-Zor"},
		{"Kobani", "Aleppo"},
		{"Damascus", "Damascus"},
		{"Rural Damascus", "Rif Dimashq"},
		{"Qamishli", "Al-Hasakah"},
		{"Maarrat Masrin", "Idlib"}, // "Maarrat al-Masrin" without its inner article
		{"Jisr Shughur", "Idlib"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, ok := g.Lookup(tt.name)
			if !ok || p.Governorate != tt.want {
				t.Errorf("Lookup(%q) = %+v, %v; want governorate %q", tt.name, p, ok, tt.want)
			}
		})
	}
	if _, ok := g.Lookup("Baghdad"); ok {
		t.Errorf("Lookup(Baghdad) found a Syrian place")
	}
}

func TestGazetteerComplete(t *testing.T) {
	t.Parallel()
	g := DefaultGazetteer()
	got := g.Complete("dou", 25)
	if len(got) == 0 || got[0].Governorate != "Rif Dimashq" {
		t.Fatalf("Complete(dou) = %+v, want Douma (Rif Dimashq) first", got)
	}
	if n := len(g.Complete("a", 25)); n != 25 {
		t.Errorf("Complete(a, 25) returned %d places, want 25", n)
	}
	if got := g.Complete("", 25); got != nil {
		t.Errorf("Complete(\"\") = %v, want nil", got)
	}
	if got := g.Complete("maarat", 5); len(got) == 0 || got[0].Governorate != "Idlib" {
		t.Errorf("Complete(maarat) = %+v, want an Idlib place first", got)
	}
}
