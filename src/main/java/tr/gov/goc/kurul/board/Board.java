package tr.gov.goc.kurul.board;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import java.time.LocalDate;

/** A migration coordination board: one per province, one per district. */
@Entity
@Table(name = "board")
@Audited
public class Board {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private BoardLevel level;

    private int plateCode;

    private Long districtId;

    private String name;

    /** Foreign population of the board's area; drives meeting frequency (R6.9, R7.1, R7.2, R8.1) and R4.2. */
    private Integer foreignPopulation;

    private LocalDate populationAsOf;

    private String populationSource;

    /** R8.1: border districts subject to irregular migration meet whatever their population. */
    private boolean borderDistrict;

    @Version
    private long version;

    protected Board() {
    }

    public Long getId() {
        return id;
    }

    public BoardLevel getLevel() {
        return level;
    }

    public int getPlateCode() {
        return plateCode;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public String getName() {
        return name;
    }

    public Integer getForeignPopulation() {
        return foreignPopulation;
    }

    public LocalDate getPopulationAsOf() {
        return populationAsOf;
    }

    public String getPopulationSource() {
        return populationSource;
    }

    public boolean isBorderDistrict() {
        return borderDistrict;
    }

    public long getVersion() {
        return version;
    }

    public boolean isProvincial() {
        return level == BoardLevel.PROVINCIAL;
    }

    void updatePopulation(Integer foreignPopulation, LocalDate asOf, String source) {
        this.foreignPopulation = foreignPopulation;
        this.populationAsOf = asOf;
        this.populationSource = source;
    }

    void setBorderDistrict(boolean borderDistrict) {
        this.borderDistrict = borderDistrict;
    }
}
