// Command gengazetteer derives digest/gazetteer.tsv, the place table sitrep
// embeds, from the shared GeoNames/UCDP gazetteer. It keeps the columns the
// extractor needs and drops spelling variants that collide with ordinary
// words, names of people or airport codes.
//
//	go run ./internal/gengazetteer -in ../shared/gazetteer/syria-places.tsv -out digest/gazetteer.tsv
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// noisy holds variants that, capitalised, are more often something else in
// news text: people's first names, English words, or places outside Syria.
var noisy = map[string]bool{
	"sam": true, "sham": true, "khan": true, "mare": true, "mari": true, "rami": true, "sara": true,
	"tell": true, "tal": true, "tall": true, "has": true, "fig": true, "cat": true, "burj": true,
	"qasr": true, "jana": true, "dana": true, "nimr": true, "sur": true, "susa": true, "alma": true,
	"mala": true, "cham": true, "dara": true, "bab": true, "abla": true, "adla": true, "ara": true,
	"sada": true, "selo": true, "shin": true, "bira": true, "mara": true, "kara": true, "hara": true,
	"dera": true, "domas": true, "esh sham": true, "berea": true, "beroea": true, "safir": true,
	"jaba": true, "jana'": true, "dail": true, "dali": true, "daal": true, "teft": true, "raju": true,
	"susan": true, "maan": true, "orm": true, "luf": true, "kum": true,
	"tina": true, "zara": true, "sasa": true, "ezra": true, "mork": true, "murk": true, "hich": true,
	"hish": true, "ajil": true, "fick": true, "fik": true, "fiq": true, "fah": true, "qah": true,
	"tah": true, "jat": true, "eib": true, "anz": true, "aere": true, "afes": true, "huta": true,
	"waqf": true, "sijn": true, "milh": true, "qita": true, "skik": true, "nava": true, "jiya": true,
	"ajaj": true, "ayuj": true, "awaj": true, "arak": true, "aran": true, "bnan": true, "dael": true,
	"daba": true, "dimu": true, "hina": true, "hayt": true, "ikda": true, "jaza": true, "jina": true,
	"jize": true, "jiza": true, "kdir": true, "mraa": true, "nahj": true, "niha": true, "sara'": true,
	"smad": true, "suha": true, "tafs": true, "tsil": true, "zaka": true, "alep": true,
	"sultan": true, "hamdan": true, "salam": true, "amal": true, "hope": true, "center": true,
	"hospital": true, "victory": true, "liberation": true, "palestine": true, "jordan": true,
	"lebanon": true, "iraq": true, "turkey": true, "israel": true, "beirut": true, "tripoli": true,
	"tyre": true, "ankara": true, "mosul": true, "baghdad": true, "amman": true, "gaza": true,
	"jerusalem": true, "cairo": true, "moscow": true, "tehran": true, "washington": true,
	// the second half of faction names: Hayat Tahrir al-Sham, Ahrar al-Sham
	"al-sham": true, "al-shām": true, "al sham": true, "ash sham": true, "ash-sham": true,
	// a river, a brigade and a basin as often as the Damascus camp
	"yarmouk": true, "al-yarmouk": true,
	// people's names
	"assad": true, "al-assad": true, "al assad": true, "hafez": true, "bashar": true, "maher": true,
}

// pressSpellings adds spellings the press uses that neither source lists.
var pressSpellings = map[string][]string{
	"Yarmouk Pocket": {"Yarmouk Basin", "Yarmouk Valley"},
	"Aḑ Ḑumayr":      {"Dameer", "al-Dameer", "Al-Dumair"},
}

// districts are the quarters of the big cities that the news names and
// neither source lists: "rocket shelling in Sukkari neighbourhood". Each is
// placed at its city's centre, which is near enough for a governorate.
// Names that are also ordinary words, people or better-known places
// elsewhere (Shaar, the Homs gas field; Mashhad; Midan) are left out.
var districts = []struct {
	city, governorate string
	lat, lon          string
	names             []string
}{
	{"Aleppo", "Aleppo", "36.20210", "37.13430", []string{
		"Sukkari|al-Sukkari|Sukkary|al-Sukkary", "Bustan al-Qasr|Bustan al-Qaser", "Salaheddin|Salah al-Din|Salah ad-Din",
		"Sheikh Maqsoud|Sheikh Maksoud|Sheikh Maqsud", "Hanano|Masaken Hanano|Hananu", "al-Fardous|Fardous|Firdous",
		"Karm al-Jabal", "al-Kalasa|Kalasa|Kallaseh|al-Kalaseh", "Tariq al-Bab", "Seif al-Dawla|Saif al-Dawla",
		"Bustan al-Basha", "al-Jamiliyah|Jamiliyah|Jamiliya", "al-Sakhour|Sakhour|Sakhur", "Bani Zeid|Bani Zaid",
		"al-Ramouseh|Ramouseh|Ramousa", "al-Qaterji|Qaterji", "Bab al-Nairab|Bab al-Nayrab", "Sheikh Saeed",
		"al-Hamdaniyeh|Hamdaniyeh|Hamdaniya", "Sheikh Najjar", "al-Ashrafiyeh|Ashrafieh|Ashrafiyeh",
	}},
	{"Homs", "Homs", "34.73240", "36.71370", []string{
		"al-Waer|Waer|Al Waer", "Baba Amr|Bab Amr|Baba Amro", "al-Khalidiya|Khalidiya|Khaldiyeh|Khalidiyeh",
		"Bab Sbaa|Bab al-Sibaa", "Karm al-Zeitoun", "Akrama|Ikrima|Akrameh", "al-Zahraa|Zahraa",
		"al-Inshaat|Inshaat", "Jouret al-Shayah|Jourat al-Shayah", "al-Qarabis|Qarabis", "al-Bayada|Bayada",
		"Deir Baalba", "Bab Hood|Bab Houd",
	}},
	{"Damascus", "Damascus", "33.51380", "36.27650", []string{
		"al-Qaboun|Qaboun|Qabun", "Barzeh|Barza|Berzeh", "al-Tadamon|Tadamon|Tadamun", "Abbasiyeen|Abbasiyin",
		"Rukn al-Din|Rukneddine", "al-Muhajireen|Muhajireen", "Bab Touma|Bab Tuma", "Bab Sharqi",
		"al-Qassaa|Qassaa", "Dummar", "al-Shaghour|Shaghour|Shaghur", "Abu Rummaneh", "Baramkeh", "Zablatani",
	}},
	{"Deir ez-Zor", "Deir ez-Zor", "35.33590", "40.14080", []string{
		"al-Joura|Joura", "al-Qusour|Qusour", "al-Huweiqa|Huweiqa", "al-Rashdiya|Rashdiya", "al-Jbeileh|Jbeileh|Jubaila",
	}},
}

func main() {
	in := flag.String("in", "../shared/gazetteer/syria-places.tsv", "the shared gazetteer")
	out := flag.String("out", "digest/gazetteer.tsv", "the derived table to write")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gengazetteer:", err)
		os.Exit(1)
	}
}

func run(inPath, outPath string) error {
	in, err := os.Open(inPath)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(outPath)
	if err != nil {
		return err
	}
	if err := derive(in, out); err != nil {
		out.Close()
		return fmt.Errorf("%s: %w", inPath, err)
	}
	return out.Close()
}

// derive writes name, governorate, kind, lat, lon, events and the kept
// variants (separated by '|') for every place, then the city districts.
func derive(r io.Reader, w io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Derived from GeoNames (CC BY 4.0) and the UCDP GED (CC BY 4.0) by internal/gengazetteer; do not edit.")
	fmt.Fprintln(bw, "# name\tgovernorate\tkind\tlat\tlon\tevents\tvariants")
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 10 {
			return fmt.Errorf("line %d: %d columns, want 10", line, len(f))
		}
		name, alts, gov, lat, lon, kind, events := f[0], f[1], f[2], f[4], f[5], f[7], f[9]
		if gov == "" {
			continue // regions that span governorates (Badia) cannot place a figure
		}
		var keep []string
		seen := map[string]bool{}
		variants := append([]string{name}, strings.Split(alts, ",")...)
		for _, v := range append(variants, pressSpellings[name]...) {
			v = strings.TrimSpace(v)
			k := strings.ToLower(v)
			if v == "" || seen[k] || !useful(v) {
				continue
			}
			seen[k] = true
			keep = append(keep, v)
		}
		if events == "" {
			events = "0"
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", name, gov, kind, lat, lon, events, strings.Join(keep, "|"))
	}
	if err := sc.Err(); err != nil {
		return err
	}
	for _, c := range districts {
		for _, names := range c.names {
			name, _, _ := strings.Cut(names, "|")
			fmt.Fprintf(bw, "%s\t%s\tneighbourhood\t%s\t%s\t0\t%s\n", name, c.governorate, c.lat, c.lon, names)
		}
	}
	return bw.Flush()
}

// useful drops variants that would match the wrong thing in English text.
func useful(v string) bool {
	low := plain(strings.ToLower(v))
	if noisy[low] {
		return false
	}
	letters := 0
	upper := 0
	for _, r := range v {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters < 4 {
		return false // "Bab", "Tal", airport codes
	}
	if upper == letters && utf8.RuneCountInString(v) <= 4 {
		return false // codes such as "HOMS" stay ambiguous with acronyms
	}
	return true
}

// plain drops diacritics, so that "Esh Shām" meets the noisy "esh sham".
func plain(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
