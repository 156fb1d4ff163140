pragma solidity ^0.4.15;

// The constructor was renamed with the contract and is now an ordinary public function.
contract Rubixi {
    address private creator;
    uint private collectedFees;

    modifier onlyowner {
        if (msg.sender == creator) _;
    }

    function DynamicPyramid() public {
        creator = msg.sender; // @vuln category=access_control
    }

    function collectAllFees() public onlyowner {
        require(collectedFees > 0);
        creator.transfer(collectedFees);
        collectedFees = 0;
    }

    function() public payable {
        collectedFees += msg.value / 10;
    }
}
