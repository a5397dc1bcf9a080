package tr.gov.goc.kurul.institution;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.gov.goc.kurul.common.InvalidInputException;
import tr.gov.goc.kurul.common.NotFoundException;
import tr.gov.goc.kurul.common.TurkishOrder;
import tr.gov.goc.kurul.province.District;
import tr.gov.goc.kurul.province.Provinces;

/** The public face of the institution module: the catalogues and the institutions of each province. */
@Service
@Transactional(readOnly = true)
public class Institutions {

    private final InstitutionRepository institutions;
    private final InstitutionKindRepository kinds;
    private final Provinces provinces;
    private final ApplicationEventPublisher events;

    Institutions(InstitutionRepository institutions, InstitutionKindRepository kinds, Provinces provinces,
                 ApplicationEventPublisher events) {
        this.institutions = institutions;
        this.kinds = kinds;
        this.provinces = provinces;
        this.events = events;
    }

    public List<InstitutionKind> catalogue() {
        return kinds.findAllByOrderBySortOrder();
    }

    public Optional<InstitutionKind> kind(String code) {
        return code == null ? Optional.empty() : kinds.findById(code);
    }

    public Institution institution(long id) {
        return institutions.findById(id)
                .orElseThrow(() -> new NotFoundException("Kimliği " + id + " olan bir kurum yok."));
    }

    public Optional<Institution> find(long id) {
        return institutions.findById(id);
    }

    /** The province-level institutions of a province, in catalogue order then Turkish alphabetical order. */
    public List<Institution> ofProvince(int plateCode) {
        provinces.province(plateCode);
        return sorted(institutions.findByPlateCodeAndDistrictIdIsNull(plateCode));
    }

    public List<Institution> allOfProvince(int plateCode) {
        provinces.province(plateCode);
        return sorted(institutions.findByPlateCode(plateCode));
    }

    public List<Institution> ofDistrict(long districtId) {
        provinces.district(districtId);
        return sorted(institutions.findByDistrictId(districtId));
    }

    public Optional<Institution> provincial(int plateCode, String kindCode) {
        return institutions.findByPlateCodeAndKindCodeAndDistrictIdIsNull(plateCode, kindCode);
    }

    public Optional<Institution> inDistrict(long districtId, String kindCode) {
        return institutions.findByDistrictIdAndKindCode(districtId, kindCode);
    }

    /**
     * Whether the institution may have members in the sub-commission (R6.3): the Art 4(2) institutions, which must
     * (one principal and one substitute), and the Art 4(4) invited ones — chambers, bar, municipalities, NGOs, local and
     * foreign community representatives — which may be added.
     */
    public boolean mayJoinSubCommission(Institution institution) {
        return sendsLiaison(institution) || institution.getCategory() == InstitutionCategory.INVITED;
    }

    /** Whether the institution sends liaison officers to the sub-commission (R6.3: Art 4(2) institutions). */
    public boolean sendsLiaison(Institution institution) {
        return kind(institution.getKindCode()).map(InstitutionKind::isSendsLiaison).orElse(false);
    }

    /**
     * Adds an institution: one of the catalogue that exists only in some provinces ("varsa"), or an invited
     * one (R4.4: chambers, bar, municipality, NGO …) with its own name.
     */
    @Transactional
    public Institution add(int plateCode, Long districtId, String kindCode, String name, InstitutionCategory category,
                           String officialEmail, String phone) {
        provinces.province(plateCode);
        District district = null;
        if (districtId != null) {
            district = provinces.district(districtId);
            if (district.getPlateCode() != plateCode) {
                throw new InvalidInputException("districtId", "İlçe bu ile ait değil.");
            }
        }
        InstitutionKind kind = null;
        if (kindCode != null) {
            kind = kind(kindCode).orElseThrow(() -> new InvalidInputException("kindCode", "Katalogda böyle bir kurum türü yok: " + kindCode));
            boolean districtKind = kind.getLevel() == InstitutionKind.Level.DISTRICT;
            if (districtKind != (district != null)) {
                throw new InvalidInputException("districtId", districtKind
                        ? "Bu kurum türü ilçe düzeyindedir: districtId verilmelidir."
                        : "Bu kurum türü il düzeyindedir: districtId verilmemelidir.");
            }
            if (category == InstitutionCategory.INVITED) {
                throw new InvalidInputException("category", "Katalogdaki kurumlar üye kurumdur; davetli kurumun türü olmaz.");
            }
        } else if (category != InstitutionCategory.INVITED) {
            throw new InvalidInputException("kindCode", "Üye kurumlar katalogdan seçilir (kindCode); katalogda olmayan kurum yalnızca davetli (INVITED) olabilir.");
        }
        String resolvedName = name != null && !name.isBlank() ? name.trim() : nameFromTemplate(kind, plateCode, district);
        if (resolvedName == null) {
            throw new InvalidInputException("name", "Kurum adı zorunludur.");
        }
        String code = uniqueCode(plateCode, kind, district, resolvedName);
        Institution institution = new Institution(plateCode, districtId, kindCode, code, resolvedName, category);
        institution.update(resolvedName, officialEmail, phone);
        institutions.save(institution);
        events.publishEvent(new InstitutionChanged(institution.getId(), plateCode));
        return institution;
    }

    @Transactional
    public Institution update(long id, String name, String officialEmail, String phone) {
        Institution institution = institution(id);
        institution.update(name.trim(), officialEmail, phone);
        events.publishEvent(new InstitutionChanged(id, institution.getPlateCode()));
        return institution;
    }

    private String nameFromTemplate(InstitutionKind kind, int plateCode, District district) {
        if (kind == null) {
            return null;
        }
        String provinceName = provinces.province(plateCode).getName();
        String name = kind.getNameTemplate().replace("{il}", provinceName);
        return district == null ? name : name.replace("{ilce}", provinces.displayName(district));
    }

    private String uniqueCode(int plateCode, InstitutionKind kind, District district, String name) {
        String base = kind != null ? slug(kind.getCode()) : "davetli-" + slug(name);
        if (district != null) {
            base = "ilce-" + district.getId() + "-" + base;
        }
        base = base.length() > 50 ? base.substring(0, 50) : base;
        String code = base;
        for (int n = 2; institutions.existsByPlateCodeAndCode(plateCode, code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    /** ASCII, lower case, hyphenated: "MILLI_EGITIM" → "milli-egitim", "İl Barosu" → "il-barosu". */
    public static String slug(String text) {
        String lower = text.toLowerCase(TurkishOrder.TURKISH).replace('ı', 'i');
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
    }

    private List<Institution> sorted(List<Institution> list) {
        java.util.Map<String, Integer> order = new java.util.HashMap<>();
        kinds.findAll().forEach(k -> order.put(k.getCode(), k.getSortOrder()));
        Comparator<Institution> byCatalogue = Comparator.comparingInt(i -> order.getOrDefault(i.getKindCode(), Integer.MAX_VALUE));
        return list.stream().sorted(byCatalogue.thenComparing(TurkishOrder.by(Institution::getName))).toList();
    }
}
