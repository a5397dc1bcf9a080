package tr.gov.goc.kurul.institution;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A real institution in a province (and district): a board member institution or an invited one. */
@Entity
@Table(name = "institution")
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int plateCode;

    private Long districtId;

    private String kindCode;

    /** Unique within the province; names the institution's liaison group. */
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private InstitutionCategory category;

    private String officialEmail;

    private String phone;

    @Version
    private long version;

    protected Institution() {
    }

    Institution(int plateCode, Long districtId, String kindCode, String code, String name, InstitutionCategory category) {
        this.plateCode = plateCode;
        this.districtId = districtId;
        this.kindCode = kindCode;
        this.code = code;
        this.name = name;
        this.category = category;
    }

    public Long getId() {
        return id;
    }

    public int getPlateCode() {
        return plateCode;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public String getKindCode() {
        return kindCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public InstitutionCategory getCategory() {
        return category;
    }

    public String getOfficialEmail() {
        return officialEmail;
    }

    public String getPhone() {
        return phone;
    }

    public long getVersion() {
        return version;
    }

    public boolean isKind(String kind) {
        return kind.equals(kindCode);
    }

    void update(String name, String officialEmail, String phone) {
        this.name = name;
        this.officialEmail = officialEmail;
        this.phone = phone;
    }
}
