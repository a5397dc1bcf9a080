package tr.gov.goc.kurul.province;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A district (ilçe) of a province. Whether it has its own migration directorate decides its secretariat (R11.2). */
@Entity
@Table(name = "district")
public class District {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int plateCode;

    private String name;

    private boolean hasMigrationDirectorate;

    protected District() {
    }

    public Long getId() {
        return id;
    }

    public int getPlateCode() {
        return plateCode;
    }

    public String getName() {
        return name;
    }

    public boolean hasMigrationDirectorate() {
        return hasMigrationDirectorate;
    }

    void setHasMigrationDirectorate(boolean hasMigrationDirectorate) {
        this.hasMigrationDirectorate = hasMigrationDirectorate;
    }
}
