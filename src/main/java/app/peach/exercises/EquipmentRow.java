package app.peach.exercises;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The equipment vocabulary (migration V3). */
@Entity
@Table(name = "equipment")
public class EquipmentRow {
    @Id
    String slug;
    String name;
    @Column(name = "sort_order")
    int sortOrder;
}
