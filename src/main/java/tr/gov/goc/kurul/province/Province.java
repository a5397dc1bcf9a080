package tr.gov.goc.kurul.province;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 81 provinces, known by its plate code. Reference data, loaded by Flyway. */
@Entity
@Table(name = "province")
public class Province {

    @Id
    private Integer plateCode;

    private String name;

    protected Province() {
    }

    public int getPlateCode() {
        return plateCode;
    }

    public String getName() {
        return name;
    }
}
