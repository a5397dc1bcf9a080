package tr.gov.goc.kurul.institution;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the Art 4(2) / Art 4(3) member catalogues (R4.2, R4.3). */
@Entity
@Table(name = "institution_kind")
public class InstitutionKind {

    public static final String GOVERNORSHIP = "VALILIK";
    public static final String DISTRICT_GOVERNORSHIP = "KAYMAKAMLIK";
    public static final String PROVINCIAL_MIGRATION_DIRECTORATE = "GOC_IDARESI";
    public static final String DISTRICT_MIGRATION_DIRECTORATE = "ILCE_GOC_IDARESI";

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    private Level level;

    private String nameTemplate;

    private String article;

    private boolean onlyWherePresent;

    private boolean sendsLiaison;

    private int sortOrder;

    protected InstitutionKind() {
    }

    public String getCode() {
        return code;
    }

    public Level getLevel() {
        return level;
    }

    public String getNameTemplate() {
        return nameTemplate;
    }

    public String getArticle() {
        return article;
    }

    public boolean isOnlyWherePresent() {
        return onlyWherePresent;
    }

    public boolean isSendsLiaison() {
        return sendsLiaison;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public enum Level { PROVINCE, DISTRICT }
}
